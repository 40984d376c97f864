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
package com.wooshpay.camel.springboot;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;

/**
 * Lets a bean option of the component (an {@code IdempotentRepository}, a {@code StateRepository}, an
 * {@code SSLContextParameters}, an {@code ExecutorService}, ...) be set in application properties by the bean's name:
 * {@code #bean:name}, {@code #name} or the plain name, looked up in the application context with the option's type, as
 * Camel's generated starters do. Which types are bean options is read from the generated configuration, so a new bean
 * option needs nothing here.
 */
final class BeanReferenceConverter implements ConditionalGenericConverter {

    private static final Set<Class<?>> BEAN_TYPES = beanTypes();

    private final ApplicationContext context;

    BeanReferenceConverter(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        Set<ConvertiblePair> pairs = new HashSet<>();
        BEAN_TYPES.forEach(type -> pairs.add(new ConvertiblePair(String.class, type)));
        return pairs;
    }

    @Override
    public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
        return BEAN_TYPES.contains(targetType.getType());
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null || source.toString().isBlank()) {
            return null;
        }
        String name = source.toString().trim();
        if (name.startsWith("#bean:")) {
            name = name.substring("#bean:".length());
        } else if (name.startsWith("#")) {
            name = name.substring(1);
        }
        return context.getBean(name, targetType.getType());
    }

    private static Set<Class<?>> beanTypes() {
        Set<Class<?>> types = new HashSet<>();
        for (Field field : WooshPayComponentConfiguration.class.getDeclaredFields()) {
            Class<?> type = field.getType();
            if (!Modifier.isStatic(field.getModifiers())
                    && type != String.class
                    && type != Boolean.class
                    && type != Integer.class
                    && type != Long.class
                    && type != Duration.class) {
                types.add(type);
            }
        }
        return types;
    }
}
