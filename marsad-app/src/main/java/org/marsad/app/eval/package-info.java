/** Evaluations behind {@code marsad eval …}: gold sets, dataset text loading, scoring. */
package org.marsad.app.eval;
