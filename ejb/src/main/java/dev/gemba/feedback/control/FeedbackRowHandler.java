package dev.gemba.feedback.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.gemba.catalog.boundary.CatalogNames;
import dev.gemba.feedback.boundary.FeedbackForm;
import dev.gemba.feedback.entity.Channel;
import dev.gemba.importing.boundary.ImportField;
import dev.gemba.importing.boundary.ImportOption;
import dev.gemba.importing.boundary.ImportSettings;
import dev.gemba.importing.boundary.RowHandler;
import dev.gemba.importing.boundary.RowReason;
import dev.gemba.importing.boundary.RowRejected;
import dev.gemba.importing.boundary.StoredRows;
import dev.gemba.platform.boundary.FieldError;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.control.InputValidator;

/**
 * Feedback as an importable kind: interaction feedback or exported ticket comments, one item a
 * row, stored in bulk with its analysis queued; idempotent by external id (or one derived from
 * the row's content).
 */
@ApplicationScoped
@Transactional
public class FeedbackRowHandler implements RowHandler {

    public static final String KIND = "feedback";
    static final String DEFAULT_CHANNEL = "defaultChannel";

    @EJB
    FeedbackIntake intake;

    @EJB
    CatalogNames catalog;

    @Inject
    InputValidator validator;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<ImportOption> options() {
        return List.of(new ImportOption(
                DEFAULT_CHANNEL,
                text("import.option.defaultChannel"),
                Arrays.stream(Channel.values())
                        .map(c -> new ImportOption.Choice(c.name(), name(c)))
                        .toList(),
                Channel.OTHER.name()));
    }

    /** A channel's name in the caller's language (keys channel.PHONE, channel.EMAIL…). */
    private static String name(Channel channel) {
        String key = "channel." + channel.name();
        return text(key);
    }

    @Override
    public List<ImportField> fields(Map<String, String> options) {
        defaultChannel(options);
        return List.of(
                ImportField.required(
                        FeedbackRowMapper.TEXT,
                        text("import.field.text"),
                        text("import.text-required"),
                        "text",
                        "comment",
                        "feedback",
                        "verbatim",
                        "kommentar",
                        "description",
                        "note"),
                ImportField.optional(
                        FeedbackRowMapper.RECEIVED_AT,
                        text("import.field.receivedAt"),
                        "received",
                        "date",
                        "created",
                        "time",
                        "datum",
                        "opened"),
                ImportField.optional(
                        FeedbackRowMapper.CHANNEL,
                        text("import.field.channel"),
                        "channel",
                        "kanal",
                        "source",
                        "contact type"),
                ImportField.optional(
                        FeedbackRowMapper.CONTACT_NAME,
                        text("import.field.contactName"),
                        "contact",
                        "caller",
                        "requester",
                        "customer",
                        "name"),
                ImportField.optional(
                        FeedbackRowMapper.CONTACT_EMAIL, text("import.field.contactEmail"), "email", "e-mail", "mail"),
                ImportField.optional(
                        FeedbackRowMapper.BUSINESS_UNIT,
                        text("import.field.businessUnit"),
                        "business unit",
                        "department",
                        "abteilung",
                        "unit"),
                ImportField.optional(
                        FeedbackRowMapper.SERVICES, text("import.field.services"), "service", "dienst", "application"),
                ImportField.optional(
                        FeedbackRowMapper.TIER, text("import.field.tier"), "tier", "level", "support level"),
                ImportField.optional(
                        FeedbackRowMapper.TICKET_REF,
                        text("import.field.ticketRef"),
                        "ticket",
                        "incident",
                        "number",
                        "inc"),
                ImportField.rowId(FeedbackRowMapper.EXTERNAL_ID, text("import.field.externalId"), null),
                ImportField.optional(
                        FeedbackRowMapper.TAGS, text("import.field.tags"), "tags", "tag", "labels", "category"));
    }

    private static Channel defaultChannel(Map<String, String> options) {
        String value = options.get(DEFAULT_CHANNEL);
        if (value == null || value.isBlank()) {
            return Channel.OTHER;
        }
        try {
            return Channel.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(DEFAULT_CHANNEL, "must be one of " + Arrays.toString(Channel.values()));
        }
    }

    @Override
    public RowConverter reader(ImportSettings settings) {
        var mapper = new FeedbackRowMapper(
                defaultChannel(settings.options()), settings.timeZone(), catalog.businessUnits(), catalog.services());
        return row -> {
            FeedbackForm form = mapper.map(row);
            try {
                validator.check(form);
            } catch (InvalidInputException e) {
                FieldError first = e.errors().get(0);
                String field = first.field().replaceAll("\\[.*", "").replaceAll("\\..*", "");
                throw new RowRejected(field, RowReason.asGiven(first.message()));
            }
            return form;
        };
    }

    @Override
    public StoredRows store(List<?> rows, ImportSettings settings) {
        Set<String> inChunk = new HashSet<>();
        List<FeedbackForm> candidates = new ArrayList<>();
        long repeated = 0;
        for (Object row : rows) {
            FeedbackForm form = (FeedbackForm) row;
            if (inChunk.add(form.externalId())) {
                candidates.add(form);
            } else {
                repeated++;
            }
        }
        long imported = intake.storeAll(candidates, settings.createdBy());
        return new StoredRows(imported, repeated + candidates.size() - imported);
    }
}
