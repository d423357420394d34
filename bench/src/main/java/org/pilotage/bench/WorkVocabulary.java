package org.pilotage.bench;

import java.util.SplittableRandom;

/**
 * The words of the generated work items: IT-support and delivery phrases in English and French, put together
 * from parts so that titles repeat their common words (password, VPN, imprimante…) across hundreds of thousands
 * of items while rare terms (product names, error codes, project code names) appear in a few dozen each, as text
 * search meets them in real ticket queues.
 */
final class WorkVocabulary {

	private static final String[] EN_SUBJECTS = { "Outlook", "VPN", "Printer on the 3rd floor", "Laptop",
			"Teams calls", "Shared drive", "SharePoint site", "Wi-Fi in meeting room B", "Badge reader",
			"Payroll export", "Invoice portal", "CRM dashboard", "Order platform", "Backup job", "SSL certificate",
			"Docker registry", "Kubernetes cluster", "CI pipeline", "Database replica", "Web shop checkout",
			"Mobile app login", "Password reset page", "Monitoring alerts", "Firewall rule", "Mailbox",
			"Scanner", "Desk phone", "Second screen", "Excel macro", "ERP month-end close" };

	private static final String[] EN_PROBLEMS = { "keeps asking for the password", "is very slow since this morning",
			"does not start", "disconnects every few minutes", "shows an access denied error",
			"fails with a timeout", "is unreachable from the branch office", "returns a 500 error",
			"lost its configuration after the update", "needs to be renewed before expiry",
			"stopped syncing", "cannot be opened", "sends duplicate notifications", "is out of disk space",
			"crashes when exporting", "has the wrong time zone", "prints blank pages", "is locked out" };

	private static final String[] EN_REQUESTS = { "Access request for", "New account for", "Install licence of",
			"Upgrade", "Decommission", "Move", "Configure", "Document the runbook of", "Migrate",
			"Review the monitoring of", "Rotate the credentials of", "Add a new user to" };

	private static final String[] FR_SUBJECTS = { "Outlook", "Le VPN", "L'imprimante du 3e étage", "Le portable",
			"Les appels Teams", "Le lecteur réseau partagé", "Le site SharePoint", "Le Wi-Fi de la salle B",
			"Le lecteur de badges", "L'export de la paie", "Le portail de facturation", "Le tableau de bord CRM",
			"La plateforme de commandes", "La sauvegarde nocturne", "Le certificat SSL", "Le registre Docker",
			"Le cluster Kubernetes", "La chaîne d'intégration continue", "La réplique de la base",
			"Le paiement de la boutique en ligne", "La connexion à l'application mobile", "La messagerie",
			"Le scanner", "Le téléphone fixe", "Le second écran", "La macro Excel", "La clôture mensuelle de l'ERP" };

	private static final String[] FR_PROBLEMS = { "redemande sans cesse le mot de passe",
			"est très lent depuis ce matin", "ne démarre plus", "se déconnecte toutes les cinq minutes",
			"affiche une erreur d'accès refusé", "échoue sur un délai d'attente dépassé",
			"est injoignable depuis l'agence", "renvoie une erreur 500", "a perdu sa configuration après la mise à jour",
			"doit être renouvelé avant expiration", "ne se synchronise plus", "ne s'ouvre pas",
			"envoie des notifications en double", "n'a plus d'espace disque", "plante à l'export",
			"imprime des pages blanches", "est verrouillé" };

	private static final String[] FR_REQUESTS = { "Demande d'accès à", "Nouveau compte pour", "Installer la licence de",
			"Mettre à jour", "Décommissionner", "Déménager", "Configurer", "Documenter la procédure de", "Migrer",
			"Revoir la supervision de", "Renouveler les identifiants de", "Ajouter un utilisateur à" };

	private static final String[] EN_SENTENCES = { "Several users of the sales team are affected.",
			"It started right after the weekend maintenance window.", "The user already restarted the workstation.",
			"Please treat it before the end of the week.", "Screenshot of the error attached to the request.",
			"It only happens when connected through the VPN.", "The same problem was reported last month.",
			"Impact on the customer orders is limited for now.", "A workaround exists but it is slow.",
			"The change must be validated by the security officer.", "Logs show repeated authentication failures.",
			"The deadline is the next release on Thursday." };

	private static final String[] FR_SENTENCES = { "Plusieurs utilisateurs de l'équipe commerciale sont touchés.",
			"Le problème a commencé juste après la maintenance du week-end.", "L'utilisateur a déjà redémarré le poste.",
			"Merci de traiter avant la fin de la semaine.", "Capture d'écran de l'erreur jointe à la demande.",
			"Cela n'arrive que connecté au VPN.", "Le même problème a été signalé le mois dernier.",
			"L'impact sur les commandes clients reste limité pour l'instant.", "Un contournement existe mais il est lent.",
			"Le changement doit être validé par le responsable sécurité.",
			"Les journaux montrent des échecs d'authentification répétés.",
			"L'échéance est la prochaine livraison de jeudi." };

	private static final String[] EN_COMMENTS = { "We are looking into it.", "Could you tell us since when it happens?",
			"Fixed on our side, please confirm it works for you.", "Escalated to level 2.",
			"Waiting for the vendor's answer.", "Restarted the service; monitoring for an hour.",
			"Root cause: an expired certificate on the proxy.", "Applied the patch on the staging server first.",
			"Thanks, it works again.", "Still failing this morning, same error.",
			"Scheduled for tonight's maintenance window.", "Duplicate of an earlier ticket, linking both." };

	private static final String[] FR_COMMENTS = { "Nous regardons le problème.", "Depuis quand cela se produit-il ?",
			"Corrigé de notre côté, merci de confirmer.", "Escaladé au niveau 2.", "En attente de la réponse de l'éditeur.",
			"Service redémarré ; surveillance pendant une heure.", "Cause racine : un certificat expiré sur le proxy.",
			"Correctif appliqué d'abord sur la préproduction.", "Merci, cela fonctionne de nouveau.",
			"Toujours en erreur ce matin, même message.", "Planifié pour la maintenance de ce soir.",
			"Doublon d'un ticket précédent, les deux sont liés." };

	private static final String[] EN_INTERNAL = { "Check the conditional access policy first.",
			"Customer is sensitive on this one, keep the manager informed.", "Billable as an extra under the change clause.",
			"Same root cause as the proxy outage, do not reopen the problem record.",
			"Agent on call tonight: take over if it fails again." };

	private static final String[] FR_INTERNAL = { "Vérifier d'abord la politique d'accès conditionnel.",
			"Client sensible sur ce sujet, tenir le responsable informé.", "Facturable en supplément au titre des changements.",
			"Même cause que la panne du proxy, ne pas rouvrir le problème.",
			"Astreinte de ce soir : reprendre si cela échoue de nouveau." };

	/** Rare terms: each appears in about one item in twenty thousand, a few dozen items in a million. */
	private static final String[] RARE = { "Kerberos", "BitLocker", "Zscaler", "ORA-12541", "0x80070005", "Citrix",
			"Okta", "Jamf", "Veeam", "Nagios", "Grafana", "Keycloak", "SCCM", "Intune", "Fortinet", "Palo Alto",
			"Splunk", "Ansible Tower", "Terraform state", "Kafka consumer lag", "RabbitMQ", "Elasticsearch",
			"HAProxy", "Nginx ingress", "LDAP bind", "SAML assertion", "DKIM", "SPF record", "DMARC", "IPv6" };

	static final String[] CATEGORIES = { "E-mail", "Network", "Access", "Hardware", "Software", "Security",
			"Database", "Infrastructure", "Application", "Telephony" };

	private WorkVocabulary() {
	}

	/** A title; a rare term joins about one title in seven hundred (thirty terms: one in twenty thousand each). */
	static String title(SplittableRandom random, boolean french, boolean request) {
		String title;
		if (request) {
			title = pick(random, french ? FR_REQUESTS : EN_REQUESTS) + " "
					+ lowerFirst(pick(random, french ? FR_SUBJECTS : EN_SUBJECTS));
		}
		else {
			title = pick(random, french ? FR_SUBJECTS : EN_SUBJECTS) + " "
					+ pick(random, french ? FR_PROBLEMS : EN_PROBLEMS);
		}
		if (random.nextInt(700) == 0) {
			title = title + " (" + pick(random, RARE) + ")";
		}
		return title.length() > 200 ? title.substring(0, 200) : title;
	}

	static String description(SplittableRandom random, boolean french) {
		StringBuilder text = new StringBuilder();
		int sentences = 1 + random.nextInt(3);
		for (int i = 0; i < sentences; i++) {
			if (i > 0) {
				text.append(' ');
			}
			text.append(pick(random, french ? FR_SENTENCES : EN_SENTENCES));
		}
		if (random.nextInt(700) == 0) {
			text.append(french ? " Composant : " : " Component: ").append(pick(random, RARE)).append('.');
		}
		return text.toString();
	}

	static String comment(SplittableRandom random, boolean french, boolean internal) {
		if (internal) {
			return pick(random, french ? FR_INTERNAL : EN_INTERNAL);
		}
		String text = pick(random, french ? FR_COMMENTS : EN_COMMENTS);
		return random.nextInt(4) == 0 ? text + " " + pick(random, french ? FR_SENTENCES : EN_SENTENCES) : text;
	}

	static String pick(SplittableRandom random, String[] words) {
		return words[random.nextInt(words.length)];
	}

	private static String lowerFirst(String text) {
		if (text.startsWith("L'") || text.startsWith("Le ") || text.startsWith("La ") || text.startsWith("Les ")) {
			return Character.toLowerCase(text.charAt(0)) + text.substring(1);
		}
		return text;
	}
}
