package fr.lillemetropole.bnm.internal.repository;

/**
 * The portal's own JCR names ({@code bnm:}), as bnm-content-types' CND declares them: node types
 * first, then properties by the node type that holds them. Names shared by several types (bnm:status,
 * bnm:campaign, bnm:at…) are written once. The dossier's fields keep the schema's unprefixed names.
 */
public final class JcrNames {

    // ---------------------------------------------------------------- node types
    public static final String CAMPAIGN_TYPE = "bnm:Campaign";
    public static final String TENANT_TYPE = "bnm:Tenant";
    public static final String DOSSIER_TYPE = "bnm:Dossier";
    public static final String DOSSIER_DOCUMENT_TYPE = "bnm:DossierDocument";
    public static final String SECTION_TYPE = "bnm:Section";
    public static final String SECTION_LIST_TYPE = "bnm:SectionList";
    public static final String LIBRARY_TYPE = "bnm:Library";
    public static final String LIBRARY_LIST_TYPE = "bnm:LibraryList";
    public static final String ENTRY_TYPE = "bnm:Entry";
    public static final String ENTRY_LIST_TYPE = "bnm:EntryList";
    public static final String AUDIT_ENTRY_TYPE = "bnm:AuditEntry";

    // ---------------------------------------------------------------- bnm:Audited
    public static final String CREATED_AT = "bnm:createdAt";
    public static final String CREATED_BY = "bnm:createdBy";
    public static final String UPDATED_AT = "bnm:updatedAt";
    public static final String UPDATED_BY = "bnm:updatedBy";

    // ---------------------------------------------------------------- shared
    /** Of a campaign, a tenant, a dossier, a FAQ entry. */
    public static final String STATUS = "bnm:status";
    /** Of a dossier, a library, an audit entry. */
    public static final String CAMPAIGN = "bnm:campaign";
    /** Of a dossier, a library. */
    public static final String TENANT = "bnm:tenant";
    /** Of a tenant ("commune", "network"), an entry. */
    public static final String KIND = "bnm:kind";
    /** Of a tenant, a partner library. */
    public static final String NAME = "bnm:name";

    // ---------------------------------------------------------------- bnm:Campaign
    public static final String ID = "bnm:id";
    public static final String YEAR = "bnm:year";
    public static final String SCHEMA_VERSION = "bnm:schemaVersion";
    public static final String OPENS_AT = "bnm:opensAt";
    public static final String CLOSES_AT = "bnm:closesAt";

    // ---------------------------------------------------------------- bnm:Tenant
    public static final String SLUG = "bnm:slug";
    public static final String MEMBER_COMMUNES = "bnm:memberCommunes";
    public static final String HEAD_COMMUNE = "bnm:headCommune";

    // ---------------------------------------------------------------- bnm:Dossier
    public static final String REVISION = "bnm:revision";
    public static final String COMPLETENESS = "bnm:completeness";
    public static final String SUBMITTED_AT = "bnm:submittedAt";
    public static final String SUBMITTED_BY = "bnm:submittedBy";
    public static final String SUBMITTED_BY_NAME = "bnm:submittedByName";
    public static final String RECEIPT_SHA256 = "bnm:receiptSha256";
    /** Refused values of the form, kept as typed until corrected. */
    public static final String PENDING = "bnm:pending";

    // ---------------------------------------------------------------- bnm:Entry, bnm:AuditEntry
    public static final String AT = "bnm:at";
    public static final String ACTOR = "bnm:actor";
    public static final String TEXT = "bnm:text";
    public static final String SHA256 = "bnm:sha256";
    public static final String ACTION = "bnm:action";
    public static final String FROM_STATUS = "bnm:fromStatus";
    public static final String TO_STATUS = "bnm:toStatus";
    public static final String CHANGED = "bnm:changed";
    public static final String COMMENT = "bnm:comment";

    // ---------------------------------------------------------------- bnm:Page (/content/bnm)
    public static final String NAV_ORDER = "bnm:navOrder";
    /** A section shown to MEL admins only has bnm:navRole = "admin". */
    public static final String NAV_ROLE = "bnm:navRole";
    public static final String NAV_TITLE = "bnm:navTitle";

    // ---------------------------------------------------------------- outside the CND (nt:unstructured)
    /** A session of the session registry: when it opened and was last used. */
    public static final String OPENED_AT = "bnm:openedAt";
    public static final String LAST_SEEN = "bnm:lastSeen";
    /** The key that signs the flash cookie. */
    public static final String FLASH_KEY = "bnm:flashKey";

    // ---------------------------------------------------------------- bnm:FaqEntry (and its editorial copy)
    public static final String FAQ_CATEGORY_TYPE = "bnm:FaqCategory";
    public static final String FAQ_ENTRY_TYPE = "bnm:FaqEntry";
    public static final String QUESTION = "bnm:question";
    public static final String ANSWER = "bnm:answer";
    public static final String TAGS = "bnm:tags";
    public static final String PUBLISHED_AT = "bnm:publishedAt";

    private JcrNames() {}

    // bnm:Dossier, instruction (see bnm.cnd)
    public static final String TENANT_NAME = "bnm:tenantName";
    public static final String DEADLINE = "bnm:deadline";
    public static final String ASSIGNED_TO = "bnm:assignedTo";
    public static final String ASSIGNED_NAME = "bnm:assignedName";
    public static final String STATUS_CHANGED_AT = "bnm:statusChangedAt";
    public static final String STATUS_COMMENT = "bnm:statusComment";
    // bnm:Entry (signatures, filings, messages, notes)
    public static final String DOCUMENT = "bnm:document";
    public static final String ACTOR_NAME = "bnm:actorName";

    // outbox entries (nt:unstructured, /var/bnm/outbox)
    public static final String TO = "bnm:to";
    public static final String SUBJECT = "bnm:subject";
    public static final String BODY = "bnm:body";
    public static final String ORIGIN = "bnm:origin";
    public static final String STATE = "bnm:state";
    public static final String ATTEMPTS = "bnm:attempts";
    public static final String NEXT_ATTEMPT_AT = "bnm:nextAttemptAt";
    public static final String SENT_AT = "bnm:sentAt";
    public static final String LAST_ERROR = "bnm:lastError";

    // working groups (bnm:WorkingGroup under /content/bnm, bnm:GroupArea and bnm:Meeting under /var/bnm/groups)
    public static final String WORKING_GROUP_TYPE = "bnm:WorkingGroup";
    public static final String GROUP_AREA_TYPE = "bnm:GroupArea";
    public static final String AUDITED_MIXIN = "bnm:Audited";
    public static final String MEETING_LIST_TYPE = "bnm:MeetingList";
    public static final String MEETING_TYPE = "bnm:Meeting";
    public static final String CODE = "bnm:code";
    public static final String COMMITMENT = "bnm:commitment";
    public static final String DATE = "bnm:date";
    public static final String LOCATION = "bnm:location";
    public static final String VISIO_URL = "bnm:visioUrl";
    public static final String AGENDA = "bnm:agenda";

    // partner-library directory: bnm:PartnerLibrary (/content/bnm/bibliotheques/<slug>) and the editors'
    // corrections (nt:unstructured, /var/bnm/directory/<slug>)
    public static final String PARTNER_LIBRARY_TYPE = "bnm:PartnerLibrary";
    public static final String LIB_COMMUNE = "bnm:commune";
    public static final String LIB_NETWORK = "bnm:network";
    public static final String LIB_ADDRESS = "bnm:address";
    public static final String LIB_PHONE = "bnm:phone";
    public static final String LIB_PORTAL_URL = "bnm:portalUrl";
    public static final String LIB_OPENING_HOURS = "bnm:openingHoursPerWeek";
    public static final String LIB_SERVICES = "bnm:services";
    public static final String LIB_COMMITMENTS = "bnm:commitments";
    /** Of a correction: the library is kept out of the directory. */
    public static final String LIB_HIDDEN = "bnm:hidden";
}
