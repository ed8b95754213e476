/** Instruction of filed dossiers by MEL instructors: review queue, transitions, notes, messages. */
@Export
@Version("0.1.0")
package fr.lillemetropole.bnm.api.instruction;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
