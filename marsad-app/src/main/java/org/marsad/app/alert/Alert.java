package org.marsad.app.alert;

/**
 * A saved query.
 *
 * @param id      opaque id given on creation
 * @param name    what the user called it
 * @param query   any Marsad search syntax (see docs/api.md, "Alerts")
 * @param webhook http(s) URL that receives each hit as a POSTed JSON object, or null
 * @param enabled false to keep the alert without evaluating it
 * @param created ISO-8601 creation time
 */
public record Alert(String id, String name, String query, String webhook, boolean enabled, String created) {}
