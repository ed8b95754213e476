/** Public API of the BNM portal: repository layout, roles. */
@Export
@Version("0.2.0")
package fr.lillemetropole.bnm.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
