/** Arabic text layer: normalisation (display and match levels), used by every other module. */
package org.marsad.text;
