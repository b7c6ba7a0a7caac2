package org.marsad.app.http.service;

import java.util.List;

/** One page of a listing and how many items there are in all. */
public record Page<T>(long total, List<T> items) {
  public Page {
    items = List.copyOf(items);
  }
}
