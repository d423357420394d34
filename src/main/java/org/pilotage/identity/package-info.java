/**
 * Identity and tenancy: organizations, users, memberships with roles, personal API tokens, login.
 * Other modules ask {@link org.pilotage.identity.CurrentCaller} who is calling and scope every query
 * with the returned {@link org.pilotage.identity.Caller}.
 */
@NullMarked
package org.pilotage.identity;

import org.jspecify.annotations.NullMarked;
