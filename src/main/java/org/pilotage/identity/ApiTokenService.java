package org.pilotage.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: 256 random bits, shown once, stored as a SHA-256 hash (a token has far too much
 * entropy to be guessed from its hash, so a slow hash would only slow every API call).
 */
@Service
@Transactional
public class ApiTokenService {

	static final String PREFIX = "plt_";

	public record IssuedToken(UUID id, String name, String token, Instant createdAt) implements java.io.Serializable {
	}

	public record TokenView(UUID id, String name, String prefix, Instant createdAt, @Nullable Instant lastUsedAt,
			@Nullable Instant revokedAt) {
	}

	private final ApiTokens tokens;
	private final Users users;
	private final AccountDetails accounts;
	private final LoginProtection protection;
	private final PasswordEncoder passwords;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();
	/** Spends the same time on unknown accounts as on known ones. */
	private final String dummyHash;

	ApiTokenService(ApiTokens tokens, Users users, AccountDetails accounts, LoginProtection protection,
			PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.accounts = accounts;
		this.protection = protection;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
		this.dummyHash = passwords.encode("not-a-password-" + UUID.randomUUID());
	}

	/** Creates a token for the signed-in caller (profile page or API). */
	public IssuedToken issue(Caller caller, @Nullable String name, String channel) {
		return issue(Actor.of(caller), caller.userId(), Validation.name("name", name, 100), channel);
	}

	/**
	 * Exchanges an e-mail and password for a token. Wrong passwords count towards the account lock-out; the
	 * answer never tells whether the account exists.
	 */
	@Transactional(noRollbackFor = Problem.class)
	public IssuedToken issueWithPassword(@Nullable String email, @Nullable String password, @Nullable String name) {
		String tokenName = Validation.name("name", name, 100);
		if (email == null || email.isBlank() || password == null || password.isEmpty()) {
			throw invalidCredentials();
		}
		UserAccount user = users.findByEmail(email).orElse(null);
		if (user == null) {
			passwords.matches(password, dummyHash);
			throw invalidCredentials();
		}
		if (user.lockedAt(clock.instant())) {
			throw new Problem(HttpStatus.TOO_MANY_REQUESTS, "account-locked",
					"Too many failed attempts: the account is locked for a while");
		}
		if (!passwords.matches(password, user.passwordHash())) {
			protection.recordFailure(user.email());
			throw invalidCredentials();
		}
		if (!user.enabled()) {
			throw invalidCredentials();
		}
		protection.recordSuccess(user);
		return issue(new Actor(user.id(), user.email()), user.id(), tokenName, "password");
	}

	private IssuedToken issue(Actor actor, UUID userId, String name, String channel) {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		tokens.insert(id, userId, name, hash(token), token.substring(0, PREFIX.length() + 6), now);
		events.publishEvent(new IdentityEvents.ApiTokenIssued(actor, id, userId, name, channel));
		return new IssuedToken(id, name, token, now);
	}

	/** The principal a bearer token stands for, if the token is active and its user may sign in. */
	Optional<PilotagePrincipal> authenticate(String token) {
		if (!token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		return tokens.findActiveByHash(hash(token)).flatMap(stored -> {
			Optional<UserAccount> user = users.findById(stored.userId());
			if (user.isEmpty() || !user.get().enabled() || user.get().lockedAt(clock.instant())) {
				return Optional.empty();
			}
			tokens.touch(stored.id(), clock.instant());
			return Optional.of(accounts.principal(user.get()));
		});
	}

	@Transactional(readOnly = true)
	public List<TokenView> list(Caller caller) {
		return tokens.ofUser(caller.userId()).stream()
			.map(t -> new TokenView(t.id(), t.name(), t.prefix(), t.createdAt(), t.lastUsedAt(), t.revokedAt()))
			.toList();
	}

	public void revoke(Caller caller, UUID tokenId) {
		if (!tokens.revoke(tokenId, caller.userId(), clock.instant())) {
			throw Problem.notFound("Token");
		}
		events.publishEvent(new IdentityEvents.ApiTokenRevoked(Actor.of(caller), tokenId, caller.userId()));
	}

	private static Problem invalidCredentials() {
		return new Problem(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Wrong e-mail or password");
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
