/** Trends: daily mention counts and bursts measured against each series' own recent baseline. */
package org.marsad.nlp.trend;
