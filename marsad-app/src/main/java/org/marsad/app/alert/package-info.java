/**
 * Alerts (watchlists): saved queries kept as JSON in the data directory, evaluated against every
 * newly ingested article; each hit goes to a JSON Lines log, the alert's webhook and live listeners.
 */
package org.marsad.app.alert;
