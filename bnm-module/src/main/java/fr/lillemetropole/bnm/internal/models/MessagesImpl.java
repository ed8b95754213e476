package fr.lillemetropole.bnm.internal.models;

import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.Self;

import fr.lillemetropole.bnm.internal.flash.Flash;
import fr.lillemetropole.bnm.models.Messages;

/** The flash of this page view (the login page shows the password change's confirmation so). */
@Model(adaptables = SlingHttpServletRequest.class, adapters = Messages.class)
public class MessagesImpl implements Messages {

    @Self
    private SlingHttpServletRequest request;

    @Override
    public String getOk() {
        return Flash.text(request, Flash.Kind.OK);
    }

    @Override
    public String getError() {
        return Flash.text(request, Flash.Kind.ERROR);
    }
}
