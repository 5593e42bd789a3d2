// Building the page from data without ever parsing data as HTML: every text
// the store returns (sentences, titles, names) goes in as a text node.

const SVG_NS = 'http://www.w3.org/2000/svg';

function append(parent, child) {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const item of child) append(parent, item);
  } else if (child instanceof Node) {
    parent.appendChild(child);
  } else {
    parent.appendChild(document.createTextNode(String(child)));
  }
}

function setAttributes(element, attrs) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'class' && Array.isArray(value)) {
      element.setAttribute('class', value.filter(Boolean).join(' '));
    } else if (name === 'dataset') {
      for (const [key, data] of Object.entries(value)) element.dataset[key] = data;
    } else if (name === 'value' && 'value' in element) {
      element.value = value;
    } else if (name === 'checked' || name === 'selected') {
      element[name] = Boolean(value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
}

/** An HTML element: h('a', {href: '#/x'}, 'text', child, [more]). */
export function h(tag, attrs, ...children) {
  const element = document.createElement(tag);
  setAttributes(element, attrs);
  append(element, children);
  return element;
}

/** An SVG element, same call shape as h(). */
export function s(tag, attrs, ...children) {
  const element = document.createElementNS(SVG_NS, tag);
  setAttributes(element, attrs);
  append(element, children);
  return element;
}

export function clear(element) {
  while (element.firstChild) element.removeChild(element.firstChild);
  return element;
}

/** Replaces an element's content. */
export function mount(element, ...children) {
  clear(element);
  append(element, children);
  return element;
}

/** A label wrapping its control, so the control's accessible name is the label. */
export function field(labelText, control, extraClass) {
  return h('label', { class: ['field', extraClass] }, h('span', { class: 'field-label' }, labelText), control);
}

/** A <select> with options [{value, label}], the current value selected. */
export function select(name, options, current, attrs = {}) {
  return h(
    'select',
    { name, ...attrs },
    options.map((option) => h('option', { value: option.value, selected: String(option.value) === String(current ?? '') }, option.label)),
  );
}
