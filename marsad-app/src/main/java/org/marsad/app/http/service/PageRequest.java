package org.marsad.app.http.service;

/** Which page of a listing to return (page counts from 1). */
public record PageRequest(int page, int size) {
  public PageRequest {
    if (page < 1) throw new IllegalArgumentException("page must be 1 or more, got " + page);
    if (size < 1) throw new IllegalArgumentException("size must be 1 or more, got " + size);
  }

  /** Index of the first item of this page. */
  public int offset() {
    return (page - 1) * size;
  }
}
