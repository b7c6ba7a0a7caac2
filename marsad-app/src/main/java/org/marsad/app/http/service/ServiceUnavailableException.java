package org.marsad.app.http.service;

/** A feature that is not available in this build or configuration; the API answers 503. */
public class ServiceUnavailableException extends RuntimeException {
  public ServiceUnavailableException(String message) {
    super(message);
  }
}
