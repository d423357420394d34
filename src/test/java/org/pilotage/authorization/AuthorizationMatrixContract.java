package org.pilotage.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;
import org.pilotage.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * Who may do what with the engagements, people and profiles of the chain, as data: every endpoint of the
 * engagements issue × every demo role × {own object, another tenant's object, a hidden party's object}, with
 * the status each must get and, for what a role reads, the fields that must not be in the answer. A
 * freelancer reads the mission it works on but not its contract documents (the parties' business). Writes are
 * made harmless where they would succeed (a stale If-Match answers 412, an empty body 400, a move back to
 * DRAFT 409), except deletions, which take a fresh object made for the cell. Later issues add rows.
 *
 * <p>The objects: "own" is the demo chain (the subcontracting mission Acme → Atlas staffed with the two
 * freelancers, Atlas's person Salma Tazi, Acme's profile); "other" belongs to a second client and a second agency
 * made for the test (Globex → Borealis); "hidden" is a party of the chain some roles may not see (the BPO
 * helpdesk, on which the freelancer is not staffed; the freelancer's own profile and organization). Work items:
 * "own" is a deliverable of the mission assigned to a freelancer, "other" a ticket of the second client, "hidden"
 * a ticket of the helpdesk; the mission's and the helpdesk's items carry an internal comment no client user may
 * ever receive.
 *
 * <p>The name scan reads every answer to the mission's client except the engagements a freelancer holds directly
 * as provider (a client that contracts a freelancer itself knows who it is); other tests may have made some.
 */
abstract class AuthorizationMatrixContract extends IntegrationTest {

	/** Column order of the table. */
	static final List<String> ROLES = List.of("ADMIN", "CADM", "CMEM", "PMGR", "PAGT", "FREE", "AUDT");

	static final Map<String, String> LOGINS = Map.of("ADMIN", Demo.ADMIN, "CADM", Demo.CLIENT_ADMIN, "CMEM",
			Demo.CLIENT_MEMBER, "PMGR", Demo.PROVIDER_MANAGER, "PAGT", Demo.PROVIDER_AGENT, "FREE", Demo.FREELANCER,
			"AUDT", Demo.AUDITOR);

	/** Roles that read the mission as its client: they must never learn who the freelancers are. */
	static final Set<String> CLIENT_SIDE = Set.of("CADM", "CMEM", "AUDT");

	/** What would name a freelancer of the mission, or give away its rate (450 EUR, 2,400 RON a day). */
	static final List<String> FREELANCER_IDENTITY = List.of("Yasmine", "Benali", Demo.FREELANCER, "Andrei", "Popescu",
			Demo.FREELANCER_2, "freelance.demo", ":450.00", ":450,", ":2400.00", ":2400,");

	// @formatter:off
	static final String MATRIX = """
			# method path                                              target  ADMIN CADM CMEM PMGR PAGT FREE AUDT
			GET    /api/v1/engagements                                 -       200   200  200  200  200  200  200
			POST   /api/v1/engagements                                 -       403   400  403  400  403  400  403
			GET    /api/v1/engagements/{engagement}                    own     200   200  200  200  200  200  200
			GET    /api/v1/engagements/{engagement}                    other   200   404  404  404  404  404  404
			GET    /api/v1/engagements/{engagement}                    hidden  200   200  200  200  200  404  200
			PUT    /api/v1/engagements/{engagement}                    own     403   412  403  412  403  403  403
			PUT    /api/v1/engagements/{engagement}                    other   403   404  404  404  404  404  404
			PUT    /api/v1/engagements/{engagement}                    hidden  403   412  403  412  403  404  403
			POST   /api/v1/engagements/{engagement}/status             own     403   409  403  409  403  403  403
			POST   /api/v1/engagements/{engagement}/status             other   403   404  404  404  404  404  404
			POST   /api/v1/engagements/{engagement}/status             hidden  403   409  403  409  403  404  403
			GET    /api/v1/engagements/{engagement}/history            own     200   200  200  200  200  200  200
			GET    /api/v1/engagements/{engagement}/history            other   200   404  404  404  404  404  404
			GET    /api/v1/engagements/{engagement}/history            hidden  200   200  200  200  200  404  200
			GET    /api/v1/engagements/{engagement}/exit-plan          own     200   200  200  200  200  403  200
			GET    /api/v1/engagements/{engagement}/exit-plan          other   200   404  404  404  404  404  404
			GET    /api/v1/engagements/{engagement}/exit-plan          hidden  200   200  200  200  200  404  200
			PUT    /api/v1/engagements/{engagement}/exit-plan          own     403   412  403  412  403  403  403
			PUT    /api/v1/engagements/{engagement}/exit-plan          other   403   404  404  404  404  404  404
			PUT    /api/v1/engagements/{engagement}/exit-plan          hidden  403   412  403  412  403  404  403
			GET    /api/v1/engagements/{engagement}/documents          own     200   200  200  200  200  403  200
			GET    /api/v1/engagements/{engagement}/documents          other   200   404  404  404  404  404  404
			GET    /api/v1/engagements/{engagement}/documents          hidden  200   200  200  200  200  404  200
			POST   /api/v1/engagements/{engagement}/documents          own     403   201  403  201  403  403  403
			POST   /api/v1/engagements/{engagement}/documents          other   403   404  404  404  404  404  404
			POST   /api/v1/engagements/{engagement}/documents          hidden  403   201  403  201  403  404  403
			GET    /api/v1/engagements/{engagement}/documents/{document} own   200   200  200  200  200  403  200
			GET    /api/v1/engagements/{engagement}/documents/{document} other 200   404  404  404  404  404  404
			GET    /api/v1/engagements/{engagement}/documents/{document} hidden 200  200  200  200  200  404  200
			DELETE /api/v1/engagements/{engagement}/documents/{freshDocument} own    403 204  403  204  403  403  403
			DELETE /api/v1/engagements/{engagement}/documents/{freshDocument} other  403 404  404  404  404  404  404
			DELETE /api/v1/engagements/{engagement}/documents/{freshDocument} hidden 403 204  403  204  403  404  403
			GET    /api/v1/engagements/{engagement}/staffing           own     200   200  200  200  200  200  200
			GET    /api/v1/engagements/{engagement}/staffing           other   200   404  404  404  404  404  404
			GET    /api/v1/engagements/{engagement}/staffing           hidden  200   200  200  200  200  404  200
			POST   /api/v1/engagements/{engagement}/staffing           own     403   403  403  400  403  403  403
			POST   /api/v1/engagements/{engagement}/staffing           other   403   404  404  404  404  404  404
			POST   /api/v1/engagements/{engagement}/staffing           hidden  403   403  403  400  403  404  403
			PUT    /api/v1/engagements/{engagement}/staffing/{staffing} own    403   403  403  412  403  403  403
			PUT    /api/v1/engagements/{engagement}/staffing/{staffing} other  403   404  404  404  404  404  404
			PUT    /api/v1/engagements/{engagement}/staffing/{staffing} hidden 403   403  403  412  403  404  403
			DELETE /api/v1/engagements/{engagement}/staffing/{freshStaffing} own    403 403 403  204  403  403  403
			DELETE /api/v1/engagements/{engagement}/staffing/{freshStaffing} other  403 404 404  404  404  404  404
			DELETE /api/v1/engagements/{engagement}/staffing/{freshStaffing} hidden 403 403 403  204  403  404  403
			GET    /api/v1/people                                      -       200   200  200  200  200  200  200
			POST   /api/v1/people                                      -       400   400  400  400  400  400  400
			GET    /api/v1/people/{person}                             own     200   404  404  200  200  404  404
			GET    /api/v1/people/{person}                             other   200   404  404  404  404  404  404
			GET    /api/v1/people/{person}                             hidden  200   404  404  200  404  200  404
			PUT    /api/v1/people/{person}                             own     412   404  404  412  403  404  404
			PUT    /api/v1/people/{person}                             other   412   404  404  404  404  404  404
			PUT    /api/v1/people/{person}                             hidden  412   404  404  403  404  412  404
			DELETE /api/v1/people/{freshPerson}                        own     204   404  404  204  403  404  404
			DELETE /api/v1/people/{freshPerson}                        other   204   404  404  404  404  404  404
			GET    /api/v1/people/{person}/availability                own     200   404  404  200  200  404  404
			GET    /api/v1/people/{person}/availability                other   200   404  404  404  404  404  404
			GET    /api/v1/people/{person}/availability                hidden  200   404  404  200  404  200  404
			PUT    /api/v1/people/{person}/availability                own     412   404  404  412  403  404  404
			PUT    /api/v1/people/{person}/availability                other   412   404  404  404  404  404  404
			PUT    /api/v1/people/{person}/availability                hidden  412   404  404  403  404  412  404
			GET    /api/v1/skills                                      -       200   200  200  200  200  200  200
			POST   /api/v1/talent/search                               -       200   403  403  200  403  403  403
			GET    /api/v1/organizations/{organization}/profile        own     200   200  200  404  404  404  200
			GET    /api/v1/organizations/{organization}/profile        other   200   404  404  404  404  404  404
			GET    /api/v1/organizations/{organization}/profile        hidden  200   404  404  404  404  200  404
			PUT    /api/v1/organizations/{organization}/profile        own     412   412  403  404  404  404  403
			PUT    /api/v1/organizations/{organization}/profile        other   412   404  404  404  404  404  404
			PUT    /api/v1/organizations/{organization}/profile        hidden  412   404  404  404  404  412  404
			GET    /api/v1/engagements/{engagement}/work-items         own     200   200  200  200  200  200  200
			GET    /api/v1/engagements/{engagement}/work-items         other   200   404  404  404  404  404  404
			GET    /api/v1/engagements/{engagement}/work-items         hidden  200   200  200  200  200  404  200
			POST   /api/v1/engagements/{engagement}/work-items         own     403   400  400  400  400  400  403
			POST   /api/v1/engagements/{engagement}/work-items         other   403   404  404  404  404  404  404
			POST   /api/v1/engagements/{engagement}/work-items         hidden  403   400  400  400  400  404  403
			POST   /api/v1/engagements/{engagement}/work-items/import  own     403   400  400  400  400  400  403
			POST   /api/v1/engagements/{engagement}/work-items/import  other   403   404  404  404  404  404  404
			POST   /api/v1/engagements/{engagement}/work-items/import  hidden  403   400  400  400  400  404  403
			GET    /api/v1/engagements/{engagement}/priority-matrix    own     200   200  200  200  200  200  200
			GET    /api/v1/engagements/{engagement}/priority-matrix    other   200   404  404  404  404  404  404
			GET    /api/v1/engagements/{engagement}/priority-matrix    hidden  200   200  200  200  200  404  200
			PUT    /api/v1/engagements/{engagement}/priority-matrix    own     403   412  403  412  403  403  403
			PUT    /api/v1/engagements/{engagement}/priority-matrix    other   403   404  404  404  404  404  404
			PUT    /api/v1/engagements/{engagement}/priority-matrix    hidden  403   412  403  412  403  404  403
			GET    /api/v1/work-items/{item}                           own     200   200  200  200  200  200  200
			GET    /api/v1/work-items/{item}                           other   200   404  404  404  404  404  404
			GET    /api/v1/work-items/{item}                           hidden  200   200  200  200  200  404  200
			PUT    /api/v1/work-items/{item}                           own     403   403  403  412  412  412  403
			PUT    /api/v1/work-items/{item}                           other   403   404  404  404  404  404  404
			PUT    /api/v1/work-items/{item}                           hidden  403   412  412  412  412  404  403
			POST   /api/v1/work-items/{item}/transitions               own     403   412  412  412  412  412  403
			POST   /api/v1/work-items/{item}/transitions               other   403   404  404  404  404  404  404
			POST   /api/v1/work-items/{item}/transitions               hidden  403   412  412  412  412  404  403
			PUT    /api/v1/work-items/{item}/assignee                  own     403   403  403  412  412  412  403
			PUT    /api/v1/work-items/{item}/assignee                  other   403   404  404  404  404  404  404
			PUT    /api/v1/work-items/{item}/assignee                  hidden  403   403  403  412  412  404  403
			POST   /api/v1/work-items/{item}/submissions               own     403   403  403  412  412  412  403
			POST   /api/v1/work-items/{item}/submissions               other   403   404  404  404  404  404  404
			POST   /api/v1/work-items/{item}/submissions               hidden  403   403  403  412  412  404  403
			POST   /api/v1/work-items/{item}/acceptance                own     403   412  412  403  403  403  403
			POST   /api/v1/work-items/{item}/acceptance                other   403   404  404  404  404  404  404
			POST   /api/v1/work-items/{item}/acceptance                hidden  403   412  412  403  403  404  403
			POST   /api/v1/work-items/{item}/rejection                 own     403   412  412  403  403  403  403
			POST   /api/v1/work-items/{item}/rejection                 other   403   404  404  404  404  404  404
			POST   /api/v1/work-items/{item}/rejection                 hidden  403   412  412  403  403  404  403
			GET    /api/v1/work-items/{item}/comments                  own     200   200  200  200  200  200  200
			GET    /api/v1/work-items/{item}/comments                  other   200   404  404  404  404  404  404
			GET    /api/v1/work-items/{item}/comments                  hidden  200   200  200  200  200  404  200
			POST   /api/v1/work-items/{item}/comments                  own     403   412  412  412  412  412  403
			POST   /api/v1/work-items/{item}/comments                  other   403   404  404  404  404  404  404
			POST   /api/v1/work-items/{item}/comments                  hidden  403   412  412  412  412  404  403
			GET    /api/v1/work-items/{item}/events                    own     200   200  200  200  200  200  200
			GET    /api/v1/work-items/{item}/events                    other   200   404  404  404  404  404  404
			GET    /api/v1/work-items/{item}/events                    hidden  200   200  200  200  200  404  200
			GET    /api/v1/work-items/{item}/watchers                  own     200   200  200  200  200  200  200
			GET    /api/v1/work-items/{item}/watchers                  other   200   404  404  404  404  404  404
			GET    /api/v1/work-items/{item}/watchers                  hidden  200   200  200  200  200  404  200
			POST   /api/v1/work-items/{item}/watchers                  own     204   204  204  204  204  204  204
			POST   /api/v1/work-items/{item}/watchers                  other   204   404  404  404  404  404  404
			POST   /api/v1/work-items/{item}/watchers                  hidden  204   204  204  204  204  404  204
			DELETE /api/v1/work-items/{item}/watchers                  own     204   204  204  204  204  204  204
			DELETE /api/v1/work-items/{item}/watchers                  other   204   404  404  404  404  404  404
			DELETE /api/v1/work-items/{item}/watchers                  hidden  204   204  204  204  204  404  204
			GET    /api/v1/work-items/{item}/time-entries              own     200   200  200  200  200  200  200
			GET    /api/v1/work-items/{item}/time-entries              other   200   404  404  404  404  404  404
			GET    /api/v1/work-items/{item}/time-entries              hidden  200   200  200  200  200  404  200
			POST   /api/v1/work-items/{item}/time-entries              own     403   403  403  403  400  400  403
			POST   /api/v1/work-items/{item}/time-entries              other   403   404  404  404  404  404  404
			POST   /api/v1/work-items/{item}/time-entries              hidden  403   403  403  403  400  404  403
			PUT    /api/v1/time-entries/{timeEntry}                    own     403   404  404  403  403  412  404
			PUT    /api/v1/time-entries/{timeEntry}                    hidden  403   404  404  403  412  404  404
			DELETE /api/v1/time-entries/{timeEntry}                    own     403   404  404  403  403  428  404
			DELETE /api/v1/time-entries/{timeEntry}                    hidden  403   404  404  403  428  404  404
			GET    /api/v1/timesheets                                  -       200   200  200  200  200  200  200
			GET    /api/v1/timesheets/{timesheet}                      own     404   404  404  200  404  200  404
			GET    /api/v1/timesheets/{timesheet}                      hidden  404   404  404  200  200  404  404
			POST   /api/v1/timesheets/{timesheet}/submission           own     404   404  404  403  404  412  404
			POST   /api/v1/timesheets/{timesheet}/submission           hidden  404   404  404  403  412  404  404
			POST   /api/v1/timesheets/{timesheet}/approval             own     404   404  404  412  404  403  404
			POST   /api/v1/timesheets/{timesheet}/approval             hidden  404   404  404  412  403  404  404
			POST   /api/v1/timesheets/{timesheet}/return               own     404   404  404  412  404  403  404
			POST   /api/v1/timesheets/{timesheet}/return               hidden  404   404  404  412  403  404  404
			GET    /api/v1/engagements/{engagement}/time-totals        own     200   200  200  200  200  200  200
			GET    /api/v1/engagements/{engagement}/time-totals        other   200   404  404  404  404  404  404
			GET    /api/v1/engagements/{engagement}/time-totals        hidden  200   200  200  200  200  404  200
			GET    /api/v1/work-items                                  -       200   200  200  200  200  200  200
			GET    /api/v1/work-items/export.csv                       -       200   200  200  200  200  200  200
			GET    /api/v1/saved-filters                               -       200   200  200  200  200  200  200
			POST   /api/v1/saved-filters                               -       400   400  400  400  400  400  400
			DELETE /api/v1/saved-filters/00000000-0000-0000-0000-000000000000 - 404 404 404  404  404  404  404
			GET    /api/v1/work-items/{item}/attachments               own     200   200  200  200  200  200  200
			GET    /api/v1/work-items/{item}/attachments               other   200   404  404  404  404  404  404
			GET    /api/v1/work-items/{item}/attachments               hidden  200   200  200  200  200  404  200
			POST   /api/v1/work-items/{item}/attachments               own     403   412  412  412  412  412  403
			POST   /api/v1/work-items/{item}/attachments               other   403   404  404  404  404  404  404
			POST   /api/v1/work-items/{item}/attachments               hidden  403   412  412  412  412  404  403
			GET    /api/v1/work-items/{item}/attachments/{attachment}  own     200   200  200  200  200  200  200
			GET    /api/v1/work-items/{item}/attachments/{attachment}  other   200   404  404  404  404  404  404
			GET    /api/v1/work-items/{item}/attachments/{attachment}  hidden  200   200  200  200  200  404  200
			DELETE /api/v1/work-items/{item}/attachments/{freshAttachment} own    403 403 403  204  403  403  403
			DELETE /api/v1/work-items/{item}/attachments/{freshAttachment} other  403 404 404  404  404  404  404
			DELETE /api/v1/work-items/{item}/attachments/{freshAttachment} hidden 403 403 403  204  403  404  403
			GET    /api/v1/work-items/{item}/satisfaction              own     200   200  200  200  200  200  200
			GET    /api/v1/work-items/{item}/satisfaction              other   200   404  404  404  404  404  404
			GET    /api/v1/work-items/{item}/satisfaction              hidden  200   200  200  200  200  404  200
			POST   /api/v1/work-items/{item}/satisfaction              own     403   403  403  412  403  403  403
			POST   /api/v1/work-items/{item}/satisfaction              other   403   404  404  404  404  404  404
			POST   /api/v1/work-items/{item}/satisfaction              hidden  403   403  412  403  403  404  403
			GET    /api/v1/public/satisfaction/forged-survey-token     -       404   404  404  404  404  404  404
			POST   /api/v1/public/satisfaction/forged-survey-token     -       404   404  404  404  404  404  404
			GET    /api/v1/engagements/{engagement}/sla-policy         own     200   200  200  200  200  200  200
			GET    /api/v1/engagements/{engagement}/sla-policy         other   200   404  404  404  404  404  404
			GET    /api/v1/engagements/{engagement}/sla-policy         hidden  200   200  200  200  200  404  200
			PUT    /api/v1/engagements/{engagement}/sla-policy         own     412   412  403  412  403  403  403
			PUT    /api/v1/engagements/{engagement}/sla-policy         other   412   404  404  404  404  404  404
			PUT    /api/v1/engagements/{engagement}/sla-policy         hidden  412   412  403  412  403  404  403
			GET    /api/v1/engagements/{engagement}/sla-policy/versions/{policyVersion} own    200 200 200 200 200 200 200
			GET    /api/v1/engagements/{engagement}/sla-policy/versions/{policyVersion} other  200 404 404 404 404 404 404
			GET    /api/v1/engagements/{engagement}/sla-policy/versions/{policyVersion} hidden 200 200 200 200 200 404 200
			POST   /api/v1/engagements/{engagement}/sla/recompute      own     200   200  403  200  403  403  403
			POST   /api/v1/engagements/{engagement}/sla/recompute      other   200   404  404  404  404  404  404
			POST   /api/v1/engagements/{engagement}/sla/recompute      hidden  200   200  403  200  403  404  403
			GET    /api/v1/engagements/{engagement}/sla/items          own     200   200  200  200  200  200  200
			GET    /api/v1/engagements/{engagement}/sla/items          other   200   404  404  404  404  404  404
			GET    /api/v1/engagements/{engagement}/sla/items          hidden  200   200  200  200  200  404  200
			GET    /api/v1/engagements/{engagement}/kpis               own     200   200  200  200  200  200  200
			GET    /api/v1/engagements/{engagement}/kpis               other   200   404  404  404  404  404  404
			GET    /api/v1/engagements/{engagement}/kpis               hidden  200   200  200  200  200  404  200
			GET    /api/v1/engagements/{engagement}/kpis/trend         own     200   200  200  200  200  200  200
			GET    /api/v1/engagements/{engagement}/kpis/trend         other   200   404  404  404  404  404  404
			GET    /api/v1/engagements/{engagement}/kpis/trend         hidden  200   200  200  200  200  404  200
			GET    /api/v1/engagements/{engagement}/kpis/{kpi}/items   own     200   200  200  200  200  200  200
			GET    /api/v1/engagements/{engagement}/kpis/{kpi}/items   other   200   404  404  404  404  404  404
			GET    /api/v1/engagements/{engagement}/kpis/{kpi}/items   hidden  200   200  200  200  200  404  200
			POST   /api/v1/engagements/{engagement}/kpis/recompute     own     200   200  403  200  403  403  403
			POST   /api/v1/engagements/{engagement}/kpis/recompute     other   200   404  404  404  404  404  404
			POST   /api/v1/engagements/{engagement}/kpis/recompute     hidden  200   200  403  200  403  404  403
			GET    /api/v1/work-items/{item}/sla                       own     200   200  200  200  200  200  200
			GET    /api/v1/work-items/{item}/sla                       other   200   404  404  404  404  404  404
			GET    /api/v1/work-items/{item}/sla                       hidden  200   200  200  200  200  404  200
			POST   /api/v1/work-items/{item}/sla/recompute             own     200   200  403  200  403  403  403
			POST   /api/v1/work-items/{item}/sla/recompute             other   200   404  404  404  404  404  404
			POST   /api/v1/work-items/{item}/sla/recompute             hidden  200   200  403  200  403  404  403
			GET    /api/v1/engagements/{engagement}/credit-contract    own     200   200  200  200  200  404  200
			GET    /api/v1/engagements/{engagement}/credit-contract    other   200   404  404  404  404  404  404
			GET    /api/v1/engagements/{engagement}/credit-contract    hidden  200   200  200  200  200  404  200
			PUT    /api/v1/engagements/{engagement}/credit-contract    own     403   400  403  400  403  404  403
			PUT    /api/v1/engagements/{engagement}/credit-contract    other   403   404  404  404  404  404  404
			PUT    /api/v1/engagements/{engagement}/credit-contract    hidden  403   400  403  400  403  404  403
			GET    /api/v1/engagements/{engagement}/credit-statements/{month}     own    200 200 200 200 200 404 200
			GET    /api/v1/engagements/{engagement}/credit-statements/{month}     other  200 404 404 404 404 404 404
			GET    /api/v1/engagements/{engagement}/credit-statements/{month}     hidden 200 200 200 200 200 404 200
			GET    /api/v1/engagements/{engagement}/credit-statements/{month}.csv own    200 200 200 200 200 404 200
			GET    /api/v1/engagements/{engagement}/credit-statements/{month}.csv other  200 404 404 404 404 404 404
			GET    /api/v1/engagements/{engagement}/credit-statements/{month}.csv hidden 200 200 200 200 200 404 200
			GET    /api/v1/engagements/{engagement}/credit-statements/{month}.pdf own    200 200 200 200 200 404 200
			GET    /api/v1/engagements/{engagement}/credit-statements/{month}.pdf other  200 404 404 404 404 404 404
			GET    /api/v1/engagements/{engagement}/credit-statements/{month}.pdf hidden 200 200 200 200 200 404 200
			GET    /api/v1/engagements/{engagement}/weekly-reports     own     200   200  200  200  200  404  200
			GET    /api/v1/engagements/{engagement}/weekly-reports     other   200   404  404  404  404  404  404
			GET    /api/v1/engagements/{engagement}/weekly-reports     hidden  200   200  200  200  200  404  200
			POST   /api/v1/engagements/{engagement}/weekly-reports     own     403   400  403  400  403  404  403
			POST   /api/v1/engagements/{engagement}/weekly-reports     other   403   404  404  404  404  404  404
			POST   /api/v1/engagements/{engagement}/weekly-reports     hidden  403   400  403  400  403  404  403
			GET    /api/v1/engagements/{engagement}/weekly-reports/{week}     own    200 200 200 200 200 404 200
			GET    /api/v1/engagements/{engagement}/weekly-reports/{week}     other  200 404 404 404 404 404 404
			GET    /api/v1/engagements/{engagement}/weekly-reports/{week}     hidden 200 200 200 200 200 404 200
			GET    /api/v1/engagements/{engagement}/weekly-reports/{week}.pdf own    200 200 200 200 200 404 200
			GET    /api/v1/engagements/{engagement}/weekly-reports/{week}.pdf other  200 404 404 404 404 404 404
			GET    /api/v1/engagements/{engagement}/weekly-reports/{week}.pdf hidden 200 200 200 200 200 404 200
			GET    /api/v1/engagements/{engagement}/weekly-report-actions own     200 200 200 200 200 404 200
			GET    /api/v1/engagements/{engagement}/weekly-report-actions other   200 404 404 404 404 404 404
			GET    /api/v1/engagements/{engagement}/weekly-report-actions hidden  200 200 200 200 200 404 200
			POST   /api/v1/engagements/{engagement}/weekly-report-actions own     403 400 403 400 403 404 403
			POST   /api/v1/engagements/{engagement}/weekly-report-actions other   403 404 404 404 404 404 404
			POST   /api/v1/engagements/{engagement}/weekly-report-actions hidden  403 400 403 400 403 404 403
			PUT    /api/v1/engagements/{engagement}/weekly-report-actions/{reportAction} own    403 412 403 412 403 404 403
			PUT    /api/v1/engagements/{engagement}/weekly-report-actions/{reportAction} other  403 404 404 404 404 404 404
			PUT    /api/v1/engagements/{engagement}/weekly-report-actions/{reportAction} hidden 403 412 403 412 403 404 403
			GET    /api/v1/calendars                                   -       200   200  200  200  200  200  200
			POST   /api/v1/calendars                                   -       400   400  403  400  403  403  403
			GET    /api/v1/calendars/{calendar}                        own     200   404  404  200  200  404  404
			GET    /api/v1/calendars/{calendar}                        other   200   404  404  404  404  404  404
			GET    /api/v1/calendars/{calendar}                        hidden  200   200  200  404  404  404  200
			PUT    /api/v1/calendars/{calendar}                        own     400   404  404  400  403  404  404
			PUT    /api/v1/calendars/{calendar}                        other   400   404  404  404  404  404  404
			PUT    /api/v1/calendars/{calendar}                        hidden  400   400  403  404  404  404  403
			DELETE /api/v1/calendars/{freshCalendar}                   own     204   404  404  204  403  404  404
			DELETE /api/v1/calendars/{freshCalendar}                   other   204   404  404  404  404  404  404
			DELETE /api/v1/calendars/{freshCalendar}                   hidden  204   204  403  404  404  404  403
			GET    /api/v1/calendars/{calendar}/days                   own     200   404  404  200  200  404  404
			GET    /api/v1/calendars/{calendar}/days                   other   200   404  404  404  404  404  404
			GET    /api/v1/calendars/{calendar}/days                   hidden  200   200  200  404  404  404  200
			POST   /api/v1/calendars/{calendar}/days                   own     400   404  404  400  403  404  404
			POST   /api/v1/calendars/{calendar}/days                   other   400   404  404  404  404  404  404
			POST   /api/v1/calendars/{calendar}/days                   hidden  400   400  403  404  404  404  403
			DELETE /api/v1/calendars/{calendar}/days                   own     400   404  404  400  403  404  404
			DELETE /api/v1/calendars/{calendar}/days                   other   400   404  404  404  404  404  404
			DELETE /api/v1/calendars/{calendar}/days                   hidden  400   400  403  404  404  404  403
			POST   /api/v1/calendars/{calendar}/days/import            own     400   404  404  400  403  404  404
			POST   /api/v1/calendars/{calendar}/days/import            other   400   404  404  404  404  404  404
			POST   /api/v1/calendars/{calendar}/days/import            hidden  400   400  403  404  404  404  403
			GET    /api/v1/calendars/{calendar}/preview                own     200   404  404  200  200  404  404
			GET    /api/v1/calendars/{calendar}/preview                other   200   404  404  404  404  404  404
			GET    /api/v1/calendars/{calendar}/preview                hidden  200   200  200  404  404  404  200
			GET    /api/v1/engagements/{engagement}/knowledge          own     200   200  200  200  200  200  200
			GET    /api/v1/engagements/{engagement}/knowledge          other   200   404  404  404  404  404  404
			GET    /api/v1/engagements/{engagement}/knowledge          hidden  200   200  200  200  200  404  200
			POST   /api/v1/engagements/{engagement}/knowledge          own     403   400  403  400  400  400  403
			POST   /api/v1/engagements/{engagement}/knowledge          other   403   404  404  404  404  404  404
			POST   /api/v1/engagements/{engagement}/knowledge          hidden  403   400  403  400  400  404  403
			GET    /api/v1/engagements/{engagement}/knowledge/{article} own    200   200  200  200  200  200  200
			GET    /api/v1/engagements/{engagement}/knowledge/{article} other  200   404  404  404  404  404  404
			GET    /api/v1/engagements/{engagement}/knowledge/{article} hidden 200   200  200  200  200  404  200
			PUT    /api/v1/engagements/{engagement}/knowledge/{article} own    403   412  403  412  412  412  403
			PUT    /api/v1/engagements/{engagement}/knowledge/{article} other  403   404  404  404  404  404  404
			PUT    /api/v1/engagements/{engagement}/knowledge/{article} hidden 403   412  403  412  412  404  403
			GET    /api/v1/engagements/{engagement}/knowledge/{article}/versions own    200 200 200 200 200 200 200
			GET    /api/v1/engagements/{engagement}/knowledge/{article}/versions other  200 404 404 404 404 404 404
			GET    /api/v1/engagements/{engagement}/knowledge/{article}/versions hidden 200 200 200 200 200 404 200
			GET    /api/v1/engagements/{engagement}/knowledge/{article}/versions/{articleVersion} own    200 200 200 200 200 200 200
			GET    /api/v1/engagements/{engagement}/knowledge/{article}/versions/{articleVersion} other  200 404 404 404 404 404 404
			GET    /api/v1/engagements/{engagement}/knowledge/{article}/versions/{articleVersion} hidden 200 200 200 200 200 404 200
			GET    /api/v1/work-items/{item}/knowledge-links           own     200   200  200  200  200  200  200
			GET    /api/v1/work-items/{item}/knowledge-links           other   200   404  404  404  404  404  404
			GET    /api/v1/work-items/{item}/knowledge-links           hidden  200   200  200  200  200  404  200
			POST   /api/v1/work-items/{item}/knowledge-links           own     403   400  403  400  400  400  403
			POST   /api/v1/work-items/{item}/knowledge-links           other   403   404  404  404  404  404  404
			POST   /api/v1/work-items/{item}/knowledge-links           hidden  403   400  403  400  400  404  403
			DELETE /api/v1/work-items/{item}/knowledge-links/{freshLinkedArticle} own    403 204 403  204  204  204  403
			DELETE /api/v1/work-items/{item}/knowledge-links/{freshLinkedArticle} other  403 404 404  404  404  404  404
			DELETE /api/v1/work-items/{item}/knowledge-links/{freshLinkedArticle} hidden 403 204 403  204  204  404  403
			GET    /api/v1/engagements/{engagement}/risk               own     200   200  200  200  200  404  200
			GET    /api/v1/engagements/{engagement}/risk               other   200   404  404  404  404  404  404
			GET    /api/v1/engagements/{engagement}/risk               hidden  200   200  200  200  200  404  200
			GET    /api/v1/organizations/{organization}/risk           own     200   200  200  404  404  404  200
			GET    /api/v1/organizations/{organization}/risk           other   200   404  404  404  404  404  404
			GET    /api/v1/organizations/{organization}/risk           hidden  404   404  404  404  404  404  404
			GET    /api/v1/scorecards                                  -       200   200  200  200  200  200  200
			GET    /api/v1/organizations/{provider}/scorecard          own     200   200  200  200  200  404  200
			GET    /api/v1/organizations/{provider}/scorecard          other   200   404  404  404  404  404  404
			GET    /api/v1/organizations/{provider}/scorecard          hidden  200   404  404  404  404  200  404
			GET    /api/v1/holidays                                    -       200   200  200  200  200  200  200
			POST   /api/v1/business-time/add                           -       400   400  400  400  400  400  400
			POST   /api/v1/business-time/between                       -       400   400  400  400  400  400  400
			""";

	/** Fields that must not appear anywhere in a role's answer from an endpoint on a target. */
	static final String ABSENT = """
			# roles          path prefix                         target  fields
			CADM,CMEM,AUDT   /api/v1/engagements/{engagement}    own     personId personDayRate personCurrency margin contractDayRate email assignments
			CADM,CMEM,AUDT   /api/v1/engagements/{engagement}    hidden  personId personDayRate personCurrency margin contractDayRate
			FREE             /api/v1/engagements/{engagement}    own     budget monthlyFee rates margin personDayRate contractDayRate email staffing team
			FREE             /api/v1/engagements                 -       budget monthlyFee rates margin personDayRate contractDayRate
			CADM,CMEM,AUDT   /api/v1/engagements                 -       personId personDayRate margin contractDayRate
			CADM,CMEM,AUDT   /api/v1/work-items/{item}           own     personId email
			CADM,CMEM,AUDT   /api/v1/work-items/{item}           hidden  personId
			CADM,CMEM,AUDT   /api/v1/work-items/{item}/time-entries      own     personId person note
			CADM,CMEM,AUDT   /api/v1/engagements/{engagement}/time-totals own    people personId person
			CADM,CMEM,AUDT   /api/v1/work-items                  -       personId
			FREE             /api/v1/engagements/{engagement}/sla/items own policy
			CADM,CMEM,AUDT   /api/v1/engagements/{engagement}/risk own   personId minutes timeShare topByTime
			CADM,CMEM,AUDT   /api/v1/engagements/{engagement}/risk hidden personId minutes timeShare topByTime
			CADM,CMEM,AUDT   /api/v1/organizations/{organization}/risk own personId minutes timeShare topByTime
			""";
	// @formatter:on

	record Cell(String method, String path, String target, String role, int expected) {

		@Override
		public String toString() {
			return method + " " + path + " [" + target + "] as " + role + " → " + expected;
		}
	}

	record Absent(Set<String> roles, String prefix, String target, List<String> fields) {
	}

	static Stream<Cell> cells() {
		List<Cell> cells = new ArrayList<>();
		for (String line : MATRIX.strip().split("\n")) {
			String[] columns = line.strip().split("\\s+");
			if (columns[0].startsWith("#")) {
				continue;
			}
			for (int i = 0; i < ROLES.size(); i++) {
				cells.add(new Cell(columns[0], columns[1], columns[2], ROLES.get(i), Integer.parseInt(columns[3 + i])));
			}
		}
		return cells.stream();
	}

	static List<Absent> absences() {
		List<Absent> absences = new ArrayList<>();
		for (String line : ABSENT.strip().split("\n")) {
			String[] columns = line.strip().split("\\s+");
			if (!columns[0].startsWith("#")) {
				absences.add(new Absent(Set.of(columns[0].split(",")), columns[1], columns[2],
						List.of(columns).subList(3, columns.length)));
			}
		}
		return absences;
	}

	private static final Map<Integer, Fixture> FIXTURES = new ConcurrentHashMap<>();

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private Fixture fixture;

	@BeforeEach
	void fixture() {
		fixture = FIXTURES.computeIfAbsent(port, p -> new Fixture(api, jdbc, this::token));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cells")
	void everyRoleGetsExactlyItsAnswer(Cell cell) {
		String path = fixture.resolve(cell.path(), cell.target());
		Api.Response response = fixture.send(cell.method(), path, token(cell.role()));

		assertThat(response.status()).as(cell + ": " + response).isEqualTo(cell.expected());
		if (response.status() >= 400) {
			assertThat(response.isProblem()).as(cell + " answers problem+json").isTrue();
		}
		if (cell.method().equals("GET") && response.status() == 200 && response.contentType().contains("json")) {
			for (Absent absent : absences()) {
				if (absent.roles().contains(cell.role()) && absent.target().equals(cell.target())
						&& cell.path().startsWith(absent.prefix())) {
					assertThat(keys(response.body())).as(cell + " hides " + absent.fields())
						.doesNotContainAnyElementsOf(absent.fields());
				}
			}
		}
	}

	@Test
	void theMatrixCoversEveryEndpointOfTheChain() {
		Set<String> covered = new java.util.HashSet<>();
		cells().forEach(cell -> covered.add(shape(cell.method() + " " + cell.path())));
		List<String> endpoints = fixture.endpoints();
		assertThat(endpoints).hasSizeGreaterThan(20);
		for (String endpoint : endpoints) {
			assertThat(covered).as("the matrix has a row for " + endpoint).contains(shape(endpoint));
		}
	}

	@Test
	void noAnswerToTheMissionsClientNamesAFreelancer() {
		for (String role : CLIENT_SIDE) {
			cells().filter(cell -> cell.role().equals(role) && cell.method().equals("GET")).forEach(cell -> {
				Api.Response response = fixture.send("GET", fixture.resolve(cell.path(), cell.target()), token(role));
				assertThat(fixture.withoutDirectContracts(response)).as(cell.toString())
					.doesNotContain(FREELANCER_IDENTITY);
			});
		}
	}

	@Test
	void noAnswerToAClientsUserHoldsAnInternalComment() {
		for (String role : CLIENT_SIDE) {
			cells().filter(cell -> cell.role().equals(role) && cell.method().equals("GET")).forEach(cell -> {
				Api.Response response = fixture.send("GET", fixture.resolve(cell.path(), cell.target()), token(role));
				assertThat(response.text()).as(cell.toString()).doesNotContain(Fixture.INTERNAL_TEXT, "INTERNAL");
			});
		}
		// the provider's side does read them, so the scan above looks for text that is there
		String own = fixture.resolve("/api/v1/work-items/{item}/comments", "own");
		assertThat(fixture.send("GET", own, token("PMGR")).text()).contains(Fixture.INTERNAL_TEXT);
	}

	/**
	 * The agency's OLA towards the freelancers is the provider's business: no answer to the client's users holds it,
	 * while the agency and the freelancer read it on the same mission.
	 */
	@Test
	void noAnswerToAClientsUserHoldsTheAgencysOla() {
		for (String role : CLIENT_SIDE) {
			cells().filter(cell -> cell.role().equals(role) && cell.method().equals("GET")).forEach(cell -> {
				Api.Response response = fixture.send("GET", fixture.resolve(cell.path(), cell.target()), token(role));
				assertThat(response.text()).as(cell.toString()).doesNotContain("\"OLA\"", "OLA_", "olaPercent\":8");
			});
		}
		for (String role : List.of("PMGR", "FREE")) {
			assertThat(fixture.send("GET", fixture.resolve("/api/v1/work-items/{item}/sla", "own"), token(role)).text())
				.as(role).contains("\"OLA\"");
		}
	}

	/**
	 * The pages the client's users read about the chain's engagements and work: none may hold an internal comment
	 * nor name a freelancer of the mission. Own = the mission, hidden = the helpdesk (both carry an internal
	 * comment).
	 */
	static final List<String> CLIENT_PAGES = List.of("/engagements/{engagement}", "/engagements/{engagement}/work",
			"/engagements/{engagement}/board", "/engagements/{engagement}/time", "/engagements/{engagement}/sla",
			"/engagements/{engagement}/sla/policy", "/engagements/{engagement}/credits",
			"/engagements/{engagement}/knowledge", "/engagements/{engagement}/knowledge/{article}",
			"/engagements/{engagement}/risk", "/engagements/{engagement}/reports",
			"/engagements/{engagement}/reports/{week}", "/work", "/work-items/{item}", "/notifications");

	@Test
	void noPageToAClientsUserHoldsAnInternalCommentOrAFreelancersName() {
		for (String role : CLIENT_SIDE) {
			org.pilotage.support.WebSession session = org.pilotage.support.WebSession.signIn(api.base(), LOGINS.get(role),
					Demo.PASSWORD);
			for (String page : CLIENT_PAGES) {
				for (String target : List.of("own", "hidden")) {
					String path = fixture.resolve(page, target);
					org.pilotage.support.WebSession.Page answer = session.get(path);
					assertThat(answer.status()).as(role + " " + path).isEqualTo(200);
					assertThat(answer.body()).as(role + " " + path).doesNotContain(Fixture.INTERNAL_TEXT);
					if (target.equals("own")) {
						assertThat(answer.body()).as(role + " " + path).doesNotContain(FREELANCER_IDENTITY);
					}
				}
			}
		}
		// the provider's side does read the internal comment on the same page
		org.pilotage.support.WebSession manager = org.pilotage.support.WebSession.signIn(api.base(),
				LOGINS.get("PMGR"), Demo.PASSWORD);
		assertThat(manager.get(fixture.resolve("/work-items/{item}", "own")).body()).contains(Fixture.INTERNAL_TEXT);
	}

	// @formatter:off
	/** Pages as data, like the endpoints: the status each role gets, 404 where it may not see the engagement. */
	static final String PAGES = """
			# path                                               target  ADMIN CADM CMEM PMGR PAGT FREE AUDT
			/engagements/{engagement}/knowledge                  own     200   200  200  200  200  200  200
			/engagements/{engagement}/knowledge                  other   200   404  404  404  404  404  404
			/engagements/{engagement}/knowledge                  hidden  200   200  200  200  200  404  200
			/engagements/{engagement}/knowledge/{article}        own     200   200  200  200  200  200  200
			/engagements/{engagement}/knowledge/{article}        other   200   404  404  404  404  404  404
			/engagements/{engagement}/knowledge/{article}        hidden  200   200  200  200  200  404  200
			/engagements/{engagement}/risk                       own     200   200  200  200  200  404  200
			/engagements/{engagement}/risk                       other   200   404  404  404  404  404  404
			/engagements/{engagement}/risk                       hidden  200   200  200  200  200  404  200
			/scorecards                                          -       200   200  200  200  200  200  200
			/engagements/{engagement}/reports                    own     200   200  200  200  200  404  200
			/engagements/{engagement}/reports                    other   200   404  404  404  404  404  404
			/engagements/{engagement}/reports                    hidden  200   200  200  200  200  404  200
			/engagements/{engagement}/reports/{week}             own     200   200  200  200  200  404  200
			/engagements/{engagement}/reports/{week}             other   200   404  404  404  404  404  404
			/engagements/{engagement}/reports/{week}             hidden  200   200  200  200  200  404  200
			/engagements/{engagement}/reports/{week}.pdf         own     200   200  200  200  200  404  200
			/engagements/{engagement}/reports/{week}.pdf         hidden  200   200  200  200  200  404  200
			""";
	// @formatter:on

	@Test
	void everyRoleOpensExactlyThePagesItMay() {
		Map<String, org.pilotage.support.WebSession> sessions = new HashMap<>();
		for (String line : PAGES.strip().split("\n")) {
			String[] columns = line.strip().split("\\s+");
			if (columns[0].startsWith("#")) {
				continue;
			}
			String path = fixture.resolve(columns[0], columns[1]);
			for (int i = 0; i < ROLES.size(); i++) {
				String role = ROLES.get(i);
				org.pilotage.support.WebSession session = sessions.computeIfAbsent(role,
						r -> org.pilotage.support.WebSession.signIn(api.base(), LOGINS.get(r), Demo.PASSWORD));
				assertThat(session.get(path).status()).as(role + " " + columns[0] + " [" + columns[1] + "]")
					.isEqualTo(Integer.parseInt(columns[2 + i]));
			}
		}
	}

	/** An endpoint with its path variables unnamed, so the matrix's names and the API's compare. */
	static String shape(String endpoint) {
		return endpoint.replaceAll("\\{[^}]+}", "{}");
	}

	String token(String role) {
		String email = LOGINS.getOrDefault(role, role);
		return TOKENS.computeIfAbsent(port + " " + email, key -> tokenFor(email));
	}

	static Set<String> keys(JsonNode node) {
		Set<String> keys = new java.util.HashSet<>();
		collect(node, keys);
		return keys;
	}

	private static void collect(JsonNode node, Set<String> keys) {
		if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				keys.add(field.getKey());
				collect(field.getValue(), keys);
			}
		}
		else if (node.isArray()) {
			node.forEach(child -> collect(child, keys));
		}
	}

	/** Written in the matrix as "{name}" or "{freshName}"; resolved per target, fresh ones made per call. */
	static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

	static String multipart(String boundary, String fileName, String text) {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static Map<String, String> map(String... pairs) {
		Map<String, String> map = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

	static String replace(String path, java.util.function.Function<String, String> value) {
		Matcher matcher = PLACEHOLDER.matcher(path);
		StringBuilder resolved = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(resolved, Matcher.quoteReplacement(value.apply(matcher.group(1))));
		}
		matcher.appendTail(resolved);
		return resolved.toString();
	}

	static UUID id(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isBetween(200, 201);
		return UUID.fromString(response.body().get("id").asString());
	}
}
