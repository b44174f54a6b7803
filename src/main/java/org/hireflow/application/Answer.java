package org.hireflow.application;

/** The candidate's answer to one of the vacancy's questions. */
public record Answer(String questionCode, String text) {
}
