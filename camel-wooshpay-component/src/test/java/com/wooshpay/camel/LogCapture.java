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
package com.wooshpay.camel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/** Captures every log line (message and stack trace) of the given loggers at TRACE while open. */
public final class LogCapture extends AbstractAppender implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final String[] loggers;
    private final Map<String, Level> previousLevels = new HashMap<>();

    public LogCapture(String... loggers) {
        super("capture", null, null, true, Property.EMPTY_ARRAY);
        this.loggers = loggers;
        start();
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        for (String name : loggers) {
            LoggerConfig existing = config.getLoggers().get(name);
            if (existing != null) {
                previousLevels.put(name, existing.getLevel());
                existing.setLevel(Level.TRACE);
                existing.addAppender(this, Level.TRACE, null);
            } else {
                LoggerConfig logger = new LoggerConfig(name, Level.TRACE, true);
                logger.addAppender(this, Level.TRACE, null);
                config.addLogger(name, logger);
            }
        }
        context.updateLoggers();
    }

    @Override
    public void append(LogEvent event) {
        StringBuilder line = new StringBuilder(event.getMessage().getFormattedMessage());
        Throwable t = event.getThrown();
        while (t != null) {
            line.append(" | ").append(t);
            for (StackTraceElement element : t.getStackTrace()) {
                line.append(' ').append(element);
            }
            t = t.getCause();
        }
        lines.add(line.toString());
    }

    public List<String> lines() {
        return lines;
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        for (String name : loggers) {
            Level previous = previousLevels.get(name);
            if (previous != null) {
                LoggerConfig existing = context.getConfiguration().getLoggers().get(name);
                existing.removeAppender(getName());
                existing.setLevel(previous);
            } else {
                context.getConfiguration().removeLogger(name);
            }
        }
        context.updateLoggers();
        stop();
    }
}
