/** AMI dossiers: drafts, completeness, validation by the elected official, filing. */
@Export
@Version("0.5.0")
package fr.lillemetropole.bnm.api.dossier;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
