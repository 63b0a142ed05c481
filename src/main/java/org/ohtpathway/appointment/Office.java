package org.ohtpathway.appointment;

/** A probation office where appointments are held ({@code oht.appointments.offices}). */
public record Office(String id, String name, String address) {
}
