package fr.lillemetropole.bnm.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tests on the shared portal that need the tenancy tests' communes, network and accounts. */
@ExtendWith(SharedPortal.class)
abstract class WithTenants {

    protected Portal portal;

    @BeforeEach
    void ensureTenants(Portal portal) throws Exception {
        this.portal = portal;
        Tenancy.ensure(portal);
    }
}
