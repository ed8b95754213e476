/** AMI campaigns: their dates and status, kept in the repository and edited by MEL admins. */
@Export
@Version("0.1.0")
package fr.lillemetropole.bnm.api.campaign;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
