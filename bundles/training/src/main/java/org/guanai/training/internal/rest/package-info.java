/**
 * The training module's REST resources under {@code /api/v1/training/}, one DS component per aggregate, in the
 * module's own JAX-RS application. Every client-typed parameter is a String read by {@code Params}; every method
 * carries {@code @Allow}: county, township and training staff read and write classes, enrolment, attendance and
 * follow-ups; the course catalogue is written by county and training staff; the viewer ({@code stats}) reads the
 * report. Private: this bundle exports nothing.
 */
package org.guanai.training.internal.rest;
