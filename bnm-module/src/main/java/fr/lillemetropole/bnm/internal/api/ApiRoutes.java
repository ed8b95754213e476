package fr.lillemetropole.bnm.internal.api;

import java.util.List;

/** A group of the API's routes (accounts, dossiers…), registered into the one {@link RouteTable}. */
interface ApiRoutes {

    List<Route> routes();
}
