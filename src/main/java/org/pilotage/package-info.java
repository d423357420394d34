/**
 * Pilotage: one deployable service, one package per business module directly below this one.
 */
@NullMarked
package org.pilotage;

import org.jspecify.annotations.NullMarked;
