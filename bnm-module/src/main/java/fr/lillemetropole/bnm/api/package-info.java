/** Public API of the BNM portal: repository layout, roles. */
@Export
@Version("0.1.0")
package fr.lillemetropole.bnm.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
