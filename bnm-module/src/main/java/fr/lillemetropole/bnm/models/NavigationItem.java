package fr.lillemetropole.bnm.models;

import org.osgi.annotation.versioning.ConsumerType;

/** An entry of the main navigation. */
@ConsumerType
public interface NavigationItem {

    String getTitle();

    String getUrl();

    /** True for the section the current page belongs to ({@code aria-current}). */
    boolean isCurrent();
}
