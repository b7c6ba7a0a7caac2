/** Evaluations behind {@code marsad eval …}: test collections, metrics and evaluators. */
package org.marsad.app.eval;
