/** Sling Models of the portal's views. */
@Export
@Version("0.11.0")
package fr.lillemetropole.bnm.models;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
