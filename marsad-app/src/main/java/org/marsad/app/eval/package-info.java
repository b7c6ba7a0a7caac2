/** Evaluations behind {@code marsad eval …}: test collections, gold sets, metrics and evaluators. */
package org.marsad.app.eval;
