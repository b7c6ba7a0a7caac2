package org.marsad.app.http;

/**
 * An error as the API returns it (RFC 9457 problem details, {@code application/problem+json}).
 *
 * @param type   a URN naming the kind of problem ({@code urn:marsad:problem:<slug>})
 * @param title  short, the same for every problem of this type
 * @param status the HTTP status code
 * @param detail what went wrong this time, readable by a person
 */
public record Problem(String type, String title, int status, String detail) {
  public static final String CONTENT_TYPE = "application/problem+json";
}
