import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// A warm, deep teal whose filled shade (7) keeps white text above 4.5:1 (WCAG 2.2 AA).
const kindred: MantineColorsTuple = [
  '#e7f7f3',
  '#c9ece4',
  '#a2ddd0',
  '#72c9b7',
  '#46b39e',
  '#24a08a',
  '#138c77',
  '#0d7866',
  '#0a6a5a',
  '#07594b',
];

export const theme = createTheme({
  primaryColor: 'kindred',
  primaryShade: { light: 7, dark: 5 },
  colors: { kindred },
  defaultRadius: 'md',
  cursorType: 'pointer',
  respectReducedMotion: true,
  focusRing: 'auto',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  // Plain objects rather than Component.extend(): importing a component here would put it in the first download.
  components: {
    Badge: { defaultProps: { tt: 'none' } },
    // Large touch targets for tired thumbs on a phone.
    Button: { defaultProps: { size: 'md' } },
    TextInput: { defaultProps: { size: 'md' } },
    PasswordInput: { defaultProps: { size: 'md' } },
    Select: { defaultProps: { size: 'md' } },
    TagsInput: { defaultProps: { size: 'md' } },
    Textarea: { defaultProps: { size: 'md' } },
    // Mantine's focus placeholder inside role="menu" breaks ARIA (axe aria-required-children).
    Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
    Modal: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Close' } },
      styles: { title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } },
    },
    Checkbox: { defaultProps: { size: 'md' } },
    CheckboxGroup: { defaultProps: { size: 'md' } },
    // Links inside text must not rely on colour alone (WCAG 1.4.1).
    Anchor: { defaultProps: { underline: 'always' } },
  },
});

/** Mantine's default dimmed and placeholder greys and error red fall below 4.5:1 on white; use darker shades. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': '#6c757d',
    '--mantine-color-red-light-color': 'var(--mantine-color-red-9)',
    '--mantine-color-orange-light-color': '#9c3a0a',
    '--mantine-color-yellow-light-color': '#7a5200',
    '--mantine-color-blue-light-color': 'var(--mantine-color-blue-9)',
    '--mantine-color-gray-light-color': 'var(--mantine-color-gray-8)',
    '--mantine-color-kindred-light-color': 'var(--mantine-color-kindred-8)',
  },
  dark: {},
});
