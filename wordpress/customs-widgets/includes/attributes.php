<?php
/**
 * The attributes of each element, checked as the element checks them.
 *
 * What each attribute accepts is in rules.php beside this file, which the library's build writes
 * from the elements themselves: the names each one matches an id or code against, in every
 * language it ships (`SG`, `sgp`, `Singapore`, `Singapour`), and the values it checks itself
 * (`order`, `sort`, `heading-level`). A value the element would accept goes out in its canonical
 * form (`SG`); one it would refuse, and an attribute it does not have, is left out, and a comment
 * in the page says so to whoever edits it.
 *
 * @package customs-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every element's attribute rules, by tag, then by attribute name.
 *
 * @return array
 */
function customs_widgets_rules() {
	static $rules = null;
	if ( null === $rules ) {
		$rules = require __DIR__ . '/rules.php';
	}
	return $rules;
}

/**
 * The form in which the elements compare names: lower case, without accents or punctuation.
 *
 * @param string $value A name as an editor typed it.
 * @return string
 */
function customs_widgets_match_key( $value ) {
	$value = wp_check_invalid_utf8( (string) $value );
	if ( class_exists( 'Normalizer' ) ) {
		$value = preg_replace( '/[\x{0300}-\x{036f}]/u', '', (string) Normalizer::normalize( $value, Normalizer::FORM_KD ) );
	} else {
		$value = remove_accents( $value );
	}
	$value = function_exists( 'mb_strtolower' ) ? mb_strtolower( $value, 'UTF-8' ) : strtolower( $value );
	return (string) preg_replace( '/[^\p{L}\p{N}]+/u', '', $value );
}

/**
 * The ids of a rule's names, by the form in which they are compared; as in the element, the first
 * record to claim a name keeps it.
 *
 * @param array $rule A rule of kind `names`: `names` lists each id's names.
 * @return array
 */
function customs_widgets_name_index( array $rule ) {
	$index = array();
	foreach ( $rule['names'] as $id => $names ) {
		foreach ( array_merge( array( (string) $id ), $names ) as $name ) {
			$key = customs_widgets_match_key( $name );
			if ( '' !== $key && ! isset( $index[ $key ] ) ) {
				$index[ $key ] = (string) $id;
			}
		}
	}
	return $index;
}

/**
 * A comma (or semicolon) list as its non-empty, trimmed items.
 *
 * @param string $value The attribute's value.
 * @return string[]
 */
function customs_widgets_split_list( $value ) {
	return array_values( array_filter( array_map( 'trim', preg_split( '/[,;]/', (string) $value ) ), 'strlen' ) );
}

/**
 * Checks the attributes given to an element.
 *
 * @param string $tag   The element's tag (one of the rules' keys).
 * @param array  $given Attribute name => value (a string, or a boolean or integer from a block).
 * @return array { attributes: name => string value, or true for a boolean one; notes: what was left out, and why }
 */
function customs_widgets_check_attributes( $tag, array $given ) {
	$rules      = customs_widgets_rules()[ $tag ];
	$attributes = array();
	$notes      = array();
	// Given data of the site's own (`src`), the element checks names against it, and it may hold
	// ids the bundled data lacks.
	$own_data = isset( $given['src'], $rules['src'] ) && null !== customs_widgets_check_value( $rules['src'], $given['src'], false )['value'];

	foreach ( $given as $name => $value ) {
		$name = strtolower( (string) $name );
		if ( ! isset( $rules[ $name ] ) ) {
			$note = sprintf( 'unknown attribute "%s" dropped', $name );
			$near = customs_widgets_nearest( $name, array_keys( $rules ) );
			$notes[] = null === $near ? $note : sprintf( '%s; did you mean "%s"?', $note, $near );
			continue;
		}
		$rule = $rules[ $name ];
		if ( 'boolean' !== $rule['kind'] && ( null === $value || '' === trim( (string) $value ) ) ) {
			continue; // Empty: the element's default.
		}
		$checked = customs_widgets_check_value( $rule, $value, $own_data );
		if ( null !== $checked['note'] ) {
			$notes[] = sprintf( '%s="%s" %s', $name, $value, $checked['note'] );
		}
		if ( null !== $checked['value'] && false !== $checked['value'] ) {
			$attributes[ $name ] = $checked['value'];
		}
	}
	return array(
		'attributes' => $attributes,
		'notes'      => $notes,
	);
}

/**
 * Checks one value against its rule.
 *
 * @param array $rule     The attribute's rule.
 * @param mixed $value    The value given.
 * @param bool  $own_data Whether the element is given data of the site's own (`src`).
 * @return array { value: the value to write (true: present without a value; false or null: left out); note: why something was left out, or null }
 */
function customs_widgets_check_value( array $rule, $value, $own_data ) {
	$text = is_bool( $value ) ? '' : trim( (string) $value );
	$drop = function ( $why ) {
		return array(
			'value' => null,
			'note'  => $why,
		);
	};
	$keep = function ( $checked ) {
		return array(
			'value' => $checked,
			'note'  => null,
		);
	};

	switch ( $rule['kind'] ) {
		case 'boolean':
			// Present or absent, as in HTML; a shortcode may also say compact="false".
			if ( is_bool( $value ) ) {
				return $keep( $value );
			}
			if ( in_array( strtolower( $text ), array( '', '1', 'true', 'yes', 'on' ), true ) ) {
				return $keep( true );
			}
			if ( in_array( strtolower( $text ), array( '0', 'false', 'no', 'off' ), true ) ) {
				return $keep( false );
			}
			return $drop( 'is neither true nor false; dropped' );

		case 'names':
			$index   = customs_widgets_name_index( $rule );
			$ids     = array();
			$unknown = array();
			foreach ( customs_widgets_split_list( $text ) as $item ) {
				$key = customs_widgets_match_key( $item );
				if ( isset( $index[ $key ] ) ) {
					$ids[] = $index[ $key ];
				} elseif ( $own_data ) {
					$ids[] = $item;
				} else {
					$unknown[] = $item;
				}
			}
			$ids = array_values( array_unique( $ids ) );
			if ( ! $unknown ) {
				return $keep( implode( ',', $ids ) );
			}
			$why = sprintf( 'names nothing the element knows ("%s"; it accepts %s)', implode( '", "', $unknown ), implode( ', ', $rule['accepted'] ) );
			return $ids
				? array(
					'value' => implode( ',', $ids ),
					'note'  => $why . '; the rest kept',
				)
				: $drop( $why . '; dropped' );

		case 'choice':
			$choice = strtolower( $text );
			return in_array( $choice, $rule['accepted'], true )
				? $keep( $choice )
				: $drop( sprintf( 'is not one of %s; dropped', implode( ', ', $rule['accepted'] ) ) );

		case 'sort':
			// As the element reads it: an optional sign, then the column in any case, spaces or underscores for hyphens.
			$descending = '-' === substr( $text, 0, 1 );
			$column     = strtolower( preg_replace( '/[\s_]+/', '-', trim( preg_replace( '/^[-+]/', '', $text ) ) ) );
			return in_array( $column, $rule['accepted'], true )
				? $keep( ( $descending ? '-' : '' ) . $column )
				: $drop( sprintf( 'is not a column (%s), with - before it to sort descending; dropped', implode( ', ', $rule['accepted'] ) ) );

		case 'year':
			return preg_match( '/^\d{4}$/', $text ) ? $keep( $text ) : $drop( 'is not a year (YYYY); dropped' );

		case 'count':
			return preg_match( '/^\d+$/', $text ) && (int) $text >= 1 ? $keep( (string) (int) $text ) : $drop( 'is not a whole number from 1; dropped' );

		case 'language':
			return preg_match( '/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i', $text ) ? $keep( $text ) : $drop( 'is not a language tag (en, fr, en-SG); dropped' );

		case 'url':
			return customs_widgets_is_own_url( $text ) ? $keep( $text ) : $drop( 'is not an address on this site; dropped, since no request may leave it' );

		case 'text':
			return $keep( sanitize_text_field( $text ) );
	}
	return $drop( 'has no rule; dropped' );
}

/**
 * Whether a URL points at this site: a path, or an http(s) URL on the site's own host.
 *
 * @param string $url The URL.
 * @return bool
 */
function customs_widgets_is_own_url( $url ) {
	// A backslash reads as a slash to browsers (`/\other.site/`), and whitespace is no part of a URL.
	if ( '' === $url || preg_match( '/[\\\\\s]/', $url ) ) {
		return false;
	}
	$parts = wp_parse_url( $url );
	if ( ! is_array( $parts ) ) {
		return false;
	}
	if ( ! isset( $parts['scheme'] ) && ! isset( $parts['host'] ) ) {
		return true; // A path: on this site.
	}
	$home = wp_parse_url( home_url() );
	return isset( $parts['scheme'], $parts['host'], $home['host'] )
		&& in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true )
		&& strtolower( $parts['host'] ) === strtolower( $home['host'] );
}

/**
 * The attribute a name the element does not have was probably meant to be (`contry`: `country`), if any.
 *
 * @param string   $name  The name given.
 * @param string[] $known The element's attribute names.
 * @return string|null
 */
function customs_widgets_nearest( $name, array $known ) {
	$typed = str_replace( '-', '', $name );
	// Too short to guess from; one letter off for short words, two for longer ones.
	if ( strlen( $typed ) < 3 ) {
		return null;
	}
	$best          = null;
	$best_distance = strlen( $typed ) > 5 ? 3 : 2;
	foreach ( $known as $candidate ) {
		$distance = levenshtein( $typed, str_replace( '-', '', $candidate ) );
		if ( $distance < $best_distance ) {
			$best          = $candidate;
			$best_distance = $distance;
		}
	}
	return $best;
}

/**
 * What the block editor needs of the rules: each element's attributes, without each id's names.
 *
 * @return array
 */
function customs_widgets_editor_settings() {
	$elements = array();
	foreach ( customs_widgets_rules() as $tag => $rules ) {
		$elements[ $tag ] = array_values(
			array_map(
				function ( $rule ) {
					unset( $rule['names'] );
					return $rule;
				},
				$rules
			)
		);
	}
	return array( 'elements' => $elements );
}
