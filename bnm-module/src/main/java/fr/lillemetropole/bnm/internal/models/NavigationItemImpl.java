package fr.lillemetropole.bnm.internal.models;

import fr.lillemetropole.bnm.models.NavigationItem;

public record NavigationItemImpl(String title, String url, boolean current) implements NavigationItem {

    @Override
    public String getTitle() {
        return title;
    }

    @Override
    public String getUrl() {
        return url;
    }

    @Override
    public boolean isCurrent() {
        return current;
    }
}
