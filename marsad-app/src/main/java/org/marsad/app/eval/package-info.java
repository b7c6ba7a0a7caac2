/**
 * Evaluations behind {@code marsad eval …}: dataset readers (datasets stay in ../shared and
 * are never copied), metrics, baselines and the figures the commands print.
 */
package org.marsad.app.eval;
