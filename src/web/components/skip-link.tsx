import classes from './skip-link.module.css';

export const MAIN_CONTENT_ID = 'main-content';

/** The first thing a keyboard reaches: jump past the header and navigation. */
export function SkipLink() {
  return (
    <a
      className={classes.skipLink}
      href={`#${MAIN_CONTENT_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_CONTENT_ID)?.focus();
      }}
    >
      Skip to main content
    </a>
  );
}
