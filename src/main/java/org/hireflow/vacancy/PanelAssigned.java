package org.hireflow.vacancy;

import java.util.List;

/** A vacancy's panel was set or changed; its per-vacancy group follows. */
public record PanelAssigned(String vacancyReference, List<String> members) {
}
