/*
 * Copyright 2026 the camel-wooshpay authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package com.wooshpay.camel.examples.orders;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An order as the ERP exports it, over {@code POST /orders} or as a JSON file in the inbox:
 * {@code {"id":"SO-1001","customer":"Ana Lim","currency":"HKD","lines":[{"name":"Tea set","unit_amount":12800,"quantity":1}]}}.
 * Amounts are in the smallest currency unit. {@code entity} names the legal entity that sells (each has its own
 * WooshPay account): {@code hk}, the default, is the component's own account; any other is one of its named accounts.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Order(String id, String customer, String currency, String entity, List<Line> lines) {

    /** The entity whose WooshPay account is the component's own. */
    public static final String HOME_ENTITY = "hk";

    /** One line of an order. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(
            String name, @JsonProperty("unit_amount") long unitAmount, long quantity) {}

    /** Checks the order before anything is stored or charged; the message names the field. */
    public Order validated() {
        if (id == null || !id.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new InvalidOrderException("id must be 1 to 64 letters, digits, '-' or '_', was " + id);
        }
        if (currency == null || !currency.matches("[A-Za-z]{3}")) {
            throw new InvalidOrderException("currency must be a three-letter ISO code, was " + currency);
        }
        if (lines == null || lines.isEmpty()) {
            throw new InvalidOrderException("lines must hold at least one line");
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.name() == null || line.name().isBlank()) {
                throw new InvalidOrderException("lines[" + i + "].name is required");
            }
            if (line.unitAmount() <= 0) {
                throw new InvalidOrderException(
                        "lines[" + i + "].unit_amount must be positive, was " + line.unitAmount());
            }
            if (line.quantity() < 1) {
                throw new InvalidOrderException("lines[" + i + "].quantity must be at least 1, was " + line.quantity());
            }
        }
        if (entity != null && !entity.matches("[a-z]{2,16}")) {
            throw new InvalidOrderException("entity must be 2 to 16 lower-case letters, was " + entity);
        }
        return new Order(id, customer, currency.toUpperCase(Locale.ROOT), entity == null ? HOME_ENTITY : entity, lines);
    }

    /**
     * The ERP's key of the customer in one entity, as WooshPay's metadata keeps it: the name folded to letters and
     * digits (an ERP would use its customer number). Null when the order names no customer.
     */
    public String customerKey() {
        return customerKey(entity, customer);
    }

    static String customerKey(String entity, String customer) {
        if (customer == null || customer.isBlank()) {
            return null;
        }
        String folded =
                customer.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return entity + "-" + (folded.isEmpty() ? Integer.toHexString(customer.hashCode()) : folded);
    }

    public long total() {
        return lines.stream().mapToLong(l -> l.unitAmount() * l.quantity()).sum();
    }
}
