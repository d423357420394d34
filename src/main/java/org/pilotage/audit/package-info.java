/**
 * The audit trail: an append-only log of every state change, each row chained to its predecessor by an
 * HMAC-SHA-256, and the verification that finds rows changed, removed or inserted behind the
 * application's back.
 */
@NullMarked
package org.pilotage.audit;

import org.jspecify.annotations.NullMarked;
