package org.marsad.app.alert;

/** What a client sends to create or replace an alert; a null {@code enabled} means true. */
public record AlertDraft(String name, String query, String webhook, Boolean enabled) {}
