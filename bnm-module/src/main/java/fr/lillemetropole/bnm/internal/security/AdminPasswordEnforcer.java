package fr.lillemetropole.bnm.internal.security;

import java.util.Map;
import java.util.Optional;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.jackrabbit.api.JackrabbitSession;
import org.apache.jackrabbit.api.security.user.Authorizable;
import org.apache.jackrabbit.api.security.user.User;
import org.apache.jackrabbit.api.security.user.UserManager;
import org.apache.sling.api.resource.LoginException;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceResolverFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes sure Sling's default admin/admin does not survive outside demo mode. */
@Component(service = AdminPasswordEnforcer.class, immediate = true, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = AdminPasswordEnforcer.Config.class)
public class AdminPasswordEnforcer {

    static final String SUBSERVICE = "admin-password";
    static final String ADMIN_ID = "admin";

    private static final Logger LOG = LoggerFactory.getLogger(AdminPasswordEnforcer.class);

    @ObjectClassDefinition(name = "BNM - mot de passe du compte admin",
            description = "Fixe au démarrage le mot de passe du compte admin intégré.")
    public @interface Config {
        @AttributeDefinition(name = "Mot de passe", description = "Vide : admin/admin en mode démo, "
                + "sinon un mot de passe aléatoire (le compte est alors inutilisable).")
        String password() default "";

        @AttributeDefinition(name = "Mode démo", description = "Autorise admin/admin quand aucun mot de passe n'est fixé.")
        boolean demo() default false;
    }

    @Reference
    private ResourceResolverFactory resolverFactory;

    @Activate
    void activate(Config config) throws LoginException, RepositoryException {
        Optional<String> password = AdminPasswordPolicy.passwordToSet(config.password(), config.demo());
        if (password.isEmpty()) {
            LOG.warn("BNM demo mode: the admin account keeps Sling's default password");
            return;
        }
        try (ResourceResolver resolver = resolverFactory.getServiceResourceResolver(
                Map.of(ResourceResolverFactory.SUBSERVICE, SUBSERVICE))) {
            apply(resolver.adaptTo(Session.class), password.get());
        }
        if (config.password().isBlank()) {
            LOG.warn("BNM_ADMIN_PASSWORD is not set: the admin account got a random password and cannot be used");
        } else {
            LOG.info("BNM admin password set from the configuration");
        }
    }

    static void apply(Session session, String password) throws RepositoryException {
        UserManager users = ((JackrabbitSession) session).getUserManager();
        Authorizable admin = users.getAuthorizable(ADMIN_ID);
        if (!(admin instanceof User)) {
            throw new RepositoryException("no user " + ADMIN_ID);
        }
        ((User) admin).changePassword(password);
        session.save();
    }
}
