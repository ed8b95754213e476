package fr.lillemetropole.bnm.internal.instruction;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.dossier.DossierStatus;
import fr.lillemetropole.bnm.api.instruction.TransitionException;
import fr.lillemetropole.bnm.internal.dossier.DossierEventListener.Event;
import fr.lillemetropole.bnm.internal.text.FrenchDates;

/** The instructors' moves: submitted → in review → accepted | rejected | returned (returned also from submitted). */
final class Transitions {

    private Transitions() {}

    static boolean byInstructor(DossierStatus status) {
        return status == DossierStatus.IN_REVIEW || status == DossierStatus.ACCEPTED
                || status == DossierStatus.REJECTED || status == DossierStatus.RETURNED;
    }

    static DossierStatus target(String to) throws InvalidRequestException {
        for (DossierStatus status : DossierStatus.values()) {
            if (status.code().equals(to) && byInstructor(status)) {
                return status;
            }
        }
        throw new InvalidRequestException(FieldError.schema("/to", "Choisissez le nouveau statut du dossier : "
                + "en instruction, retenu, non retenu ou à compléter."));
    }

    /** « À compléter » and « Non retenu » are explained to the commune: a comment is required. */
    static String comment(DossierStatus target, String comment, java.util.ResourceBundle labels)
            throws InvalidRequestException {
        if (target == DossierStatus.RETURNED || target == DossierStatus.REJECTED) {
            return required(comment, "/comment", "Un commentaire pour la commune est obligatoire pour « "
                    + label(labels, target) + " » : dites-lui ce qui manque ou pourquoi.");
        }
        return comment == null || comment.isBlank() ? null : comment.strip();
    }

    static String label(java.util.ResourceBundle labels, DossierStatus status) {
        return fr.lillemetropole.bnm.internal.text.Labels.status(labels, status.code());
    }

    static void require(DossierStatus from, DossierStatus target, java.util.ResourceBundle labels)
            throws TransitionException {
        List<DossierStatus> allowed = from.next().stream().filter(Transitions::byInstructor).sorted().toList();
        if (!allowed.contains(target)) {
            String message = "Le dossier est « " + label(labels, from) + " » : il ne peut pas passer à « "
                    + label(labels, target)
                    + " »" + (allowed.isEmpty() ? "; son instruction est terminée."
                    : allowed.stream().map(s -> "« " + label(labels, s) + " »")
                            .collect(Collectors.joining(", ", "; il peut passer à ", ".")));
            throw new TransitionException(message, allowed.stream().map(DossierStatus::code).toList());
        }
    }

    static Optional<Event> event(DossierStatus target) {
        return switch (target) {
            case IN_REVIEW -> Optional.of(Event.IN_REVIEW);
            case ACCEPTED -> Optional.of(Event.ACCEPTED);
            case REJECTED -> Optional.of(Event.REJECTED);
            case RETURNED -> Optional.of(Event.RETURNED);
            default -> Optional.empty();
        };
    }

    static String required(String text, String pointer, String message) throws InvalidRequestException {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException(FieldError.schema(pointer, message));
        }
        return text.strip();
    }

    /** « 2022-10-15T18:00 » (Paris time) or « 2022-10-15 » (until 23:59 that day), in the future. */
    static Calendar deadline(String text) throws InvalidRequestException {
        ZonedDateTime until;
        try {
            until = text != null && text.length() == 10 ? LocalDate.parse(text).atTime(23, 59).atZone(FrenchDates.PARIS)
                    : LocalDateTime.parse(String.valueOf(text)).atZone(FrenchDates.PARIS);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(FieldError.schema("/deadline", "Indiquez la nouvelle date limite de "
                    + "dépôt (jour, et heure si besoin)."));
        }
        if (until.toInstant().isBefore(java.time.Instant.now())) {
            throw new InvalidRequestException(FieldError.schema("/deadline", "La nouvelle date limite est passée : "
                    + "choisissez une date à venir."));
        }
        return GregorianCalendar.from(until);
    }
}
