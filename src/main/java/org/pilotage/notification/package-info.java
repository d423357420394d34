/**
 * Notifications: in-app notifications (the bell) and e-mail through a transactional outbox. Other modules
 * call {@link org.pilotage.notification.Notifications#notify} inside the transaction of the change they
 * announce; a dispatcher sends the e-mails afterwards, retrying with back-off, once per recipient.
 */
@NullMarked
package org.pilotage.notification;

import org.jspecify.annotations.NullMarked;
