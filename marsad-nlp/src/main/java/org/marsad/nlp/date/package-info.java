/**
 * Dates in Arabic news: month names in the Levantine, Egyptian/Gulf and Maghreb styles, Hijri
 * (Umm al-Qura) dates converted to Gregorian, numeric dates, and the publication-time formats
 * that containers (feeds, JSON, HTML metadata) use.
 */
package org.marsad.nlp.date;
