/** Tenants (communes, networks) and accounts. */
@Export
@Version("0.3.0")
package fr.lillemetropole.bnm.api.account;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
