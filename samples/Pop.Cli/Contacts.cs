namespace Pop.Cli;

using System;
using System.Collections.Generic;
using System.Text;

/// <summary>
/// Who is who in the employees CSV: the name and e-mail address of each person with a row. A
/// manager without a row (the top of the tree) has neither; a calendar never gets an address
/// that the CSV did not give.
/// </summary>
internal sealed class Contacts
{
    private readonly Dictionary<string, (string? Name, string? Email)> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> idByEmail = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets how many people have an e-mail address.</summary>
    public int EmailCount => idByEmail.Count;

    /// <summary>Adds a person; returns the id that already has the address, or null when it is new.</summary>
    public string? Add(string id, string? name, string? email)
    {
        byId[id] = (name, email);
        if (email is null)
        {
            return null;
        }

        if (idByEmail.TryGetValue(email, out var other))
        {
            return other;
        }

        idByEmail.Add(email, id);
        return null;
    }

    /// <summary>The name to show: the name column, else the id.</summary>
    public string Name(string id) => byId.TryGetValue(id, out var p) && p.Name is not null ? p.Name : id;

    public string? Email(string id) => byId.TryGetValue(id, out var p) ? p.Email : null;

    /// <summary>The person with this address (compared without regard to case), or null.</summary>
    public string? ByEmail(string address) => idByEmail.TryGetValue(address, out var id) ? id : null;

    /// <summary>
    /// Whether <paramref name="value"/> is a plain address as <c>local@domain</c>: a dot-atom local
    /// part (RFC 5322 atext: letters, digits and <c>!#$%&amp;'*+/=?^_`{|}~-</c>, non-ASCII letters
    /// too) and a domain of at least two dot-separated labels of letters, digits and hyphens. No
    /// display name, no quotes, no spaces, at most 254 characters.
    /// </summary>
    public static bool IsAddress(string value)
    {
        if (value.Length > 254)
        {
            return false;
        }

        int at = value.IndexOf('@');
        if (at <= 0 || at != value.LastIndexOf('@') || at == value.Length - 1 || at > 64)
        {
            return false;
        }

        string local = value.Substring(0, at), domain = value.Substring(at + 1);
        foreach (var atom in local.Split('.'))
        {
            if (atom.Length == 0)
            {
                return false;
            }

            foreach (char c in atom)
            {
                if (!(char.IsLetterOrDigit(c) || "!#$%&'*+/=?^_`{|}~-".IndexOf(c) >= 0))
                {
                    return false;
                }
            }
        }

        var labels = domain.Split('.');
        if (labels.Length < 2)
        {
            return false;
        }

        foreach (var label in labels)
        {
            if (label.Length == 0 || label.Length > 63 || label[0] == '-' || label[label.Length - 1] == '-')
            {
                return false;
            }

            foreach (char c in label)
            {
                if (!(char.IsLetterOrDigit(c) || c == '-'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The address as a <c>mailto:</c> URI (RFC 6068): characters a URI may not hold there are percent-encoded.</summary>
    public static string MailTo(string address)
    {
        var uri = new StringBuilder("mailto:", 7 + address.Length);
        foreach (char c in address)
        {
            if (c < 0x80 && !(char.IsLetterOrDigit(c) || "-._~!$'()*+,;:@".IndexOf(c) >= 0))
            {
                uri.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                uri.Append(c);
            }
        }

        return uri.ToString();
    }

    /// <summary>The address in a <c>mailto:</c> URI (any case of the scheme, percent-decoded, parameters dropped), or null for another kind of URI.</summary>
    public static string? FromMailTo(string uri)
    {
        if (!uri.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string address = uri.Substring(7);
        int query = address.IndexOf('?');
        if (query >= 0)
        {
            address = address.Substring(0, query);
        }

        return Uri.UnescapeDataString(address).Trim();
    }
}
