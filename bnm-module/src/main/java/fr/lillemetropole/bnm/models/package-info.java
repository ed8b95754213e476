/** Sling Models of the portal's views. */
@Version("0.1.0")
package fr.lillemetropole.bnm.models;

import org.osgi.annotation.versioning.Version;
