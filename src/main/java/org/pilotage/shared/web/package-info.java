@NullMarked
package org.pilotage.shared.web;

import org.jspecify.annotations.NullMarked;
