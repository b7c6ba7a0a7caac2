package org.marsad.app.alert;

/**
 * One article matching one alert: the JSON object written to the hit log, POSTed to the webhook
 * and sent to live listeners.
 *
 * @param matchedAt ISO-8601 time of the match
 */
public record AlertHit(String alertId, String alertName, String query, String articleId, String title,
    String source, String published, String url, String matchedAt) {}
