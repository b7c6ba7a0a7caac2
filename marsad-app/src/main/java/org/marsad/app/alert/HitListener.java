package org.marsad.app.alert;

/** Something that wants to hear about alert hits (the hit log, webhooks, the live event stream). */
@FunctionalInterface
public interface HitListener {
  /** Called once per hit; must not block for long (slow work goes to its own thread). */
  void onHit(Alert alert, AlertHit hit);
}
